/** A body as the request details show it: text to read (JSON re-indented), or binary, only described. */
export type BodyText = { kind: "binary" } | { kind: "text"; text: string; format: "json" | "text" };

// Media types whose bytes are not text; SVG is XML and stays readable.
const BINARY_MIME =
  /^(?:(?:image|audio|video|font)\/(?!svg)|application\/(?:octet-stream|pdf|zip|gzip|x-gzip|zstd|x-tar|x-7z-compressed|wasm|x-protobuf|protobuf|grpc|vnd\.ms-fontobject|x-font|msgpack|x-msgpack|cbor))/i;

export function isBinaryMime(mimeType: string): boolean {
  return BINARY_MIME.test(mimeType.trim());
}

const JSON_MIME = /[/+]json\b/i;

/**
 * `text` re-indented by two spaces, token for token: numbers and string escapes stay exactly as sent (parsing and
 * printing again would round 12345678901234567890); undefined when it is not JSON.
 */
export function prettyJson(text: string): string | undefined {
  try {
    JSON.parse(text);
  } catch {
    return undefined;
  }
  let out = "";
  let depth = 0;
  let inString = false;
  const newline = () => `\n${"  ".repeat(depth)}`;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (inString) {
      out += char;
      if (char === "\\") out += text[++i] ?? "";
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
      out += char;
    } else if (char === "{" || char === "[") {
      const close = char === "{" ? "}" : "]";
      const rest = text.slice(i + 1).trimStart();
      if (rest.startsWith(close)) {
        out += char + close;
        i = text.indexOf(close, i + 1);
      } else {
        depth++;
        out += char + newline();
      }
    } else if (char === "}" || char === "]") {
      depth--;
      out += newline() + char;
    } else if (char === ",") {
      out += char + newline();
    } else if (char === ":") {
      out += ": ";
    } else if (!/\s/.test(char)) {
      out += char;
    }
  }
  return out;
}

/** How to show a body: binary (base64 in the HAR, or a binary media type) is described; JSON is re-indented. */
export function bodyTextOf(body: { text: string; mimeType: string; encoding?: string }): BodyText {
  if (body.encoding === "base64" || isBinaryMime(body.mimeType)) return { kind: "binary" };
  const looksJson = JSON_MIME.test(body.mimeType) || (body.mimeType === "" && /^\s*[[{]/.test(body.text));
  const pretty = looksJson ? prettyJson(body.text) : undefined;
  return pretty === undefined
    ? { kind: "text", text: body.text, format: "text" }
    : { kind: "text", text: pretty, format: "json" };
}

function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return raw;
  }
}

/** `a=1&b=two+words` as name/value pairs (application/x-www-form-urlencoded, decoded; a bad escape is kept). */
export function formParamsOf(text: string): { name: string; value: string }[] {
  return text
    .split("&")
    .filter((pair) => pair !== "")
    .map((pair) => {
      const equals = pair.indexOf("=");
      return equals < 0
        ? { name: decoded(pair), value: "" }
        : { name: decoded(pair.slice(0, equals)), value: decoded(pair.slice(equals + 1)) };
    });
}
