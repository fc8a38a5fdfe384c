/**
 * zod schema for special areas authored in `data/areas/*.json`: sets of counties with provenance.
 * A member is a county (6-digit adcode), a whole prefecture (4 digits) or a whole province
 * (2 digits); the build expands it to counties and checks `name` against the county map.
 */
import { z } from 'zod';
import { Source } from './catalogSchema';
import { ALL_AREA_GROUPS } from './areaGroups';

export const AreaMember = z.object({ adcode: z.string().regex(/^(\d{2}|\d{4}|\d{6})$/), name: z.string().min(2) }).strict();

export const Provenance = z
  .object({
    document: z.string().min(2),
    issuer: z.string().min(2).optional(),
    year: z.number().int().min(1949).max(2030),
    scope: z.enum(['county', 'prefecture', 'province', 'mixed', 'derived']),
    note: z.string().min(5),
  })
  .strict();

export const AreaRecord = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** one of {@link ALL_AREA_GROUPS} */
    group: z.enum(ALL_AREA_GROUPS),
    tier: z.string().optional(),
    name: z.object({ zh: z.string().min(2), en: z.string().min(2) }),
    provenance: Provenance,
    source: Source.optional(),
    members: z.array(AreaMember).min(1),
  })
  .strict();
export type AreaRecord = z.infer<typeof AreaRecord>;

export const AreaFile = z.object({ areas: z.array(AreaRecord).min(1) }).strict();
