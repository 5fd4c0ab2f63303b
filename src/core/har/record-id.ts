const MAX_KEY = 240;

// FNV-1a over UTF-16 units, two 32-bit halves with different seeds: short and stable, not cryptographic.
function hashOf(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193) >>> 0;
    b = Math.imul(b ^ unit, 0x5bd1e995) >>> 0;
  }
  return a.toString(36) + b.toString(36);
}

/**
 * A key that is the same for one request seen through getHAR and through onRequestFinished. Only what is fixed
 * when a request starts: getHAR also lists requests still pending, whose status and time change later. Chromium's
 * `_requestId` is not used: recent versions leave it out, and onRequestFinished never has it as a field.
 * Two identical requests started in the same millisecond share a key (parseHar tells them apart by position).
 */
export function recordIdOf(parts: { startedDateTime: string; method: string; url: string }): string {
  const key = `${parts.startedDateTime} ${parts.method} ${parts.url}`;
  return key.length <= MAX_KEY ? key : `${key.slice(0, MAX_KEY - 20)}…${hashOf(key)}`;
}

/** The id of the n-th request (from 1) sharing one key: the key itself for the first, then "<key> #2", … */
export function occurrenceIdOf(key: string, occurrence: number): string {
  return occurrence <= 1 ? key : `${key} #${occurrence}`;
}
