import { isSecretParam, REDACTED } from "./secret-names";

function decodedName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return raw;
  }
}

/**
 * `a=1&token=x` with the value of each secret-named parameter replaced, everything else byte for byte as it was
 * (no re-encoding), for a query, a fragment or a form-urlencoded body.
 */
export function redactParams(text: string): string {
  return text
    .split("&")
    .map((pair) => {
      const equals = pair.indexOf("=");
      if (equals < 0 || !isSecretParam(decodedName(pair.slice(0, equals)))) return pair;
      return `${pair.slice(0, equals + 1)}${REDACTED}`;
    })
    .join("&");
}
