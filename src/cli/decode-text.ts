/**
 * A file's text as a browser's File.text() reads it (the Encoding standard's decode, with BOM sniffing): UTF-8
 * with or without a BOM, UTF-16 LE or BE with one. DevTools on Windows and some tools save HAR files as UTF-16.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}
