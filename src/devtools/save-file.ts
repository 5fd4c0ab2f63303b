// Long enough for the browser to start reading the Blob; an unrevoked one would live as long as the panel.
const KEEP_BLOB_MS = 60_000;

/**
 * A download from inside a DevTools panel: an `<a download>` on a Blob URL, clicked at once. No permission is
 * needed (the downloads API would be one), and it works in Chromium's and Firefox's extension panels.
 */
export function saveTextFile(doc: Document, fileName: string, text: string, type = "application/json"): void {
  const view = doc.defaultView ?? globalThis;
  const url = view.URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), KEEP_BLOB_MS);
}
