/** "512 bytes", "12.3 KiB (12 595 bytes)", 1024-based as DevTools shows sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] =
    bytes < 1024 ** 2
      ? [bytes / 1024, "KiB"]
      : bytes < 1024 ** 3
        ? [bytes / 1024 ** 2, "MiB"]
        : [bytes / 1024 ** 3, "GiB"];
  return `${Math.round(value * 10) / 10} ${unit} (${bytes} bytes)`;
}

/**
 * Bytes as the Network panel's Size column writes them: "512 B", "1.2 kB", "345 kB", "12.3 MB"; 1000-based, one
 * decimal below 100 of a unit (DevTools' ByteUtilities.bytesToString).
 */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  const kilobytes = bytes / 1000;
  // Below 99.95 one decimal reads as at most "99.9"; from there "100 kB", never "100.0 kB".
  if (kilobytes < 99.95) return `${kilobytes.toFixed(1)} kB`;
  if (kilobytes < 999.5) return `${Math.round(kilobytes)} kB`;
  const megabytes = kilobytes / 1000;
  if (megabytes < 99.95) return `${megabytes.toFixed(1)} MB`;
  return `${Math.round(megabytes)} MB`;
}

/** UTF-8 length of a string without TextEncoder (not in core's lib); lone surrogates count as U+FFFD's 3 bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
