/** Hands a Blob to the browser: saved under `name` (a download), or opened in a new tab. */
export function saveBlob(blob: Blob, name: string, open = false): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  if (open) link.target = '_blank';
  else link.download = name;
  link.rel = 'noopener';
  link.click();
  // The new tab or the download has taken its copy by then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
