/**
 * Saving a file the API made (report, bundle, JSON-LD) the way a web page
 * does: a Blob behind an `<a download>`. In the browser that is a download;
 * in the desktop app Electron turns it into a native save dialog with the
 * same suggested name (main/electron/downloads.ts), so there is one path.
 */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function saveFile(fileName: string, mimeType: string, dataBase64: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(dataBase64)], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns in Chromium; a minute is generous for the rest.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
