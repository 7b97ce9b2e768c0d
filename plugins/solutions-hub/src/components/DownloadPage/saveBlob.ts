/**
 * Saves a downloaded file the way a link with `download` would: a plain link
 * cannot carry the user's token, so the file is fetched first and handed to
 * the browser from memory.
 */
export function saveBlob(content: Blob, fileName: string): void {
  const url = URL.createObjectURL(content);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Revoked at once, Chromium loses the file's name (and may lose the file);
  // a minute is plenty for the browser to have taken it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
