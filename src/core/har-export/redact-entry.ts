import { isJsonObject, type JsonObject } from "../har";
import { isSecretParam, REDACTED, type RedactOptions, redactBody, redactHeaders, redactUrl } from "../redact";

type Json = JsonObject;

const arrayOf = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isJsonObject) : []);
const text = (value: unknown): string => (typeof value === "string" ? value : "");

const headersOf = (value: unknown, options: RedactOptions) =>
  redactHeaders(
    arrayOf(value).map((header) => ({ name: text(header.name), value: text(header.value) })),
    options,
  );

// A cookie's value is its credential: every one goes, names stay (the Cookie header is redacted the same way).
const cookiesOf = (value: unknown) => arrayOf(value).map((cookie) => ({ ...cookie, value: REDACTED }));

const paramsOf = (value: unknown) =>
  arrayOf(value).map((param) =>
    isSecretParam(text(param.name)) && "value" in param ? { ...param, value: REDACTED } : param,
  );

/** Every `url` in Chromium's `_initiator` (its own, and each stack frame's, at any depth). */
function initiatorOf(value: unknown, options: RedactOptions, depth = 0): unknown {
  if (depth > 16) return undefined;
  if (Array.isArray(value)) return value.map((item) => initiatorOf(item, options, depth + 1));
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, member]) => [
      name,
      name === "url" && typeof member === "string"
        ? redactUrl(member, options)
        : initiatorOf(member, options, depth + 1),
    ]),
  );
}

function bodyOf(source: Json | undefined, options: RedactOptions): Json | undefined {
  if (!source) return undefined;
  const redacted: Record<string, unknown> = { ...source };
  if (typeof source.text === "string" && text(source.encoding).toLowerCase() !== "base64") {
    redacted.text = redactBody(source.text, text(source.mimeType), options);
  }
  if (Array.isArray(source.params)) redacted.params = paramsOf(source.params);
  return redacted;
}

/**
 * An entry DevTools handed over, with its credentials hidden wherever HAR keeps them: URLs (the request's, the
 * redirect's, the initiator's), both header lists, cookies, query and form parameters, request and text
 * response bodies, WebSocket messages. Everything else is passed on as it came.
 */
export function redactEntry(entry: Json, options: RedactOptions): Json {
  if (options.reveal) return entry;
  const out: Record<string, unknown> = { ...entry };
  if (isJsonObject(entry.request)) {
    const request = entry.request;
    out.request = {
      ...request,
      url: redactUrl(text(request.url), options),
      headers: headersOf(request.headers, options),
      cookies: cookiesOf(request.cookies),
      queryString: paramsOf(request.queryString),
      ...(isJsonObject(request.postData) ? { postData: bodyOf(request.postData, options) } : {}),
    };
  }
  if (isJsonObject(entry.response)) {
    const response = entry.response;
    out.response = {
      ...response,
      headers: headersOf(response.headers, options),
      cookies: cookiesOf(response.cookies),
      redirectURL: redactUrl(text(response.redirectURL), options),
      ...(isJsonObject(response.content) ? { content: bodyOf(response.content, options) } : {}),
    };
  }
  if ("_initiator" in entry) out._initiator = initiatorOf(entry._initiator, options);
  if (Array.isArray(entry._webSocketMessages)) {
    out._webSocketMessages = arrayOf(entry._webSocketMessages).map((message) => ({
      ...message,
      data: redactBody(text(message.data), "", options),
    }));
  }
  return out;
}
