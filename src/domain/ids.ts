/**
 * Fresh ids for what the user makes (saved views, imported layers, regions, reports) and for a
 * browser tab: `prefix` + a random RFC 4122 version-4 UUID.
 */

/**
 * A random UUID from `crypto.randomUUID()`. That function exists only in secure contexts
 * (https, localhost); a page served over plain http elsewhere builds the same version-4 UUID from
 * `crypto.getRandomValues`, which every context has (RFC 4122 §4.4: version nibble 4, variant 10).
 */
export function randomUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A fresh id: `prefix` followed by a random UUID (e.g. `v` + UUID for a saved view). */
export const newId = (prefix: string): string => `${prefix}${randomUuid()}`;
