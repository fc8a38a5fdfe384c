/** Saving a file the page made (nothing leaves the browser). */

/** Trigger a download of `blob` as `name` through a blob: URL, revoked a second later. */
export function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
