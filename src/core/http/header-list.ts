const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** A comma-separated list of tokens across all of a header's values (RFC 9110 §5.6.1); malformed items dropped. */
export function tokenList(values: readonly string[]): string[] {
  return values
    .flatMap((value) => value.split(","))
    .map((item) => item.trim())
    .filter((item) => TOKEN.test(item));
}
