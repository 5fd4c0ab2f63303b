import { firstHeaderValue, urlPartsOf } from "../http";
import type { FailureEvidence, Problem, RequestRecord } from "../model";
import { bucketOfAnswer, bucketOfStatus, failureOf, isCorsWithheld } from "../model";
import { headerFieldsOf } from "./har-headers";
import { timingsOf } from "./har-timings";
import { initiatorLocationOf } from "./initiator-url";
import {
  isJsonObject,
  type JsonObject,
  numberField,
  objectField,
  sizeField,
  stringField,
} from "./json-fields";
import { recordIdOf } from "./record-id";
import { requestMethodOf } from "./request-method";
import { resourceTypeOf } from "./resource-type";
import { isInFlight, responseArrived, responseStatusOf } from "./response-status";
import { webSocketFailed, webSocketLogOf } from "./websocket-messages";

export type NormalizeResult = { ok: true; record: RequestRecord } | { ok: false; problem: Problem };

const problem = (index: number, message: string): NormalizeResult => ({
  ok: false,
  problem: { index, message: `entry ${index}: ${message}` },
});

function fromCacheOf(entry: JsonObject, response: JsonObject | undefined): RequestRecord["fromCache"] {
  const chromium = stringField(entry, "_fromCache") ?? stringField(response, "_fromCache");
  if (chromium === "memory" || chromium === "disk") return chromium;
  // Firefox before 2021 wrote cache.afterRequest for responses from its cache; later ones only for a 304.
  const cache = objectField(entry, "cache");
  return cache && "afterRequest" in cache && numberField(response, "status") !== 304 ? "disk" : undefined;
}

type Body = NonNullable<RequestRecord["responseBody"]>;

function bodyOf(source: JsonObject | undefined): Body | undefined {
  if (!source) return undefined;
  const mimeType = stringField(source, "mimeType") ?? "";
  const text = stringField(source, "text");
  if (text !== undefined) return { mimeType, text };
  // Form posts may come as params only.
  const params = Array.isArray(source.params) ? source.params.filter(isJsonObject) : [];
  if (params.length === 0) return undefined;
  const pairs = params.map((p) => `${stringField(p, "name") ?? ""}=${stringField(p, "value") ?? ""}`);
  return { mimeType, text: pairs.join("&") };
}

function transferSizeOf(response: JsonObject | undefined): number {
  const own = sizeField(response, "_transferSize");
  if (own >= 0) return own;
  const headers = sizeField(response, "headersSize");
  const body = sizeField(response, "bodySize");
  return headers >= 0 && body >= 0 ? headers + body : body;
}

/**
 * One HAR entry (Chromium DevTools, Firefox, Playwright, proxies) as a RequestRecord. Never throws: only an entry
 * without a request URL becomes a Problem; a missing method, HTTP version or timings stays missing, and odd
 * fields (status 0 or -1, negative sizes, headers in any case or as an object) get their documented defaults.
 */
export function normalizeEntry(entry: unknown, index: number): NormalizeResult {
  if (!isJsonObject(entry)) return problem(index, "not an object");
  const request = objectField(entry, "request");
  if (!request) return problem(index, "no request object");
  const url = typeof request.url === "string" ? request.url.trim() : "";
  if (!url) return problem(index, "request.url is missing or empty");
  // An empty method stays empty (old exporters leave it out): the entry is still a request worth listing.
  const method = requestMethodOf(request, url);

  const response = objectField(entry, "response");
  const content = objectField(response, "content");
  const requestHeaders = headerFieldsOf(request.headers);
  const responseHeaders = headerFieldsOf(response?.headers);
  const parts = urlPartsOf(url);
  const scheme = parts?.scheme ?? "";
  const rawStatus = responseStatusOf(response);
  const error = (stringField(response, "_error") ?? stringField(response, "_failureText") ?? "").trim();
  const initiatorAt = initiatorLocationOf(entry._initiator);
  const initiator = initiatorAt?.url;
  const startedDateTime = stringField(entry, "startedDateTime") ?? "";
  const time = numberField(entry, "time");
  const mimeRaw = stringField(content, "mimeType") ?? "";
  const responseMimeType = mimeRaw === "x-unknown" ? "" : mimeRaw;

  const fetchDest = firstHeaderValue(requestHeaders, "Sec-Fetch-Dest") ?? "";
  const resourceType = resourceTypeOf(
    stringField(entry, "_resourceType"),
    scheme,
    responseMimeType,
    fetchDest,
  );
  const evidence: Omit<FailureEvidence, "error"> = { url, requestHeaders, responseHeaders, resourceType };
  if (initiator) evidence.initiator = initiator;
  // Any browser error means the page got no response, whatever status the HAR carries (a CORS block keeps 200);
  // so does a cross-origin answer without CORS headers, which Firefox and proxies record with no error at all.
  // A 304's headers need not repeat Access-Control-Allow-Origin: the cached response carries it.
  const corsWithheld = error === "" && rawStatus !== 304 && isCorsWithheld(evidence);
  // A status line can say 0 (`HTTP/1.1 0 Zero`): with headers or a reason phrase and no error, it was an answer.
  const sentZero = rawStatus === 0 && responseArrived(response);
  const answered = (sentZero || bucketOfStatus(rawStatus) !== "failed") && error === "" && !corsWithheld;
  const status = answered && rawStatus !== undefined ? rawStatus : 0;
  const failure = answered ? undefined : failureOf({ error, ...evidence });
  const redirectURL =
    stringField(response, "redirectURL") ||
    (status >= 300 && status < 400 ? (firstHeaderValue(responseHeaders, "Location") ?? "") : "");
  const contentSize = sizeField(content, "size");
  const fromCache = fromCacheOf(entry, response);
  const requestBody = bodyOf(objectField(request, "postData"));
  const responseBody = bodyOf(content);
  // Binary bodies come base64-encoded (HAR 1.2 content.encoding); keep the flag so no one reads them as text.
  if (responseBody && stringField(content, "encoding")?.toLowerCase() === "base64")
    responseBody.encoding = "base64";

  const timings = timingsOf(entry);
  const webSocket = resourceType === "websocket" ? webSocketLogOf(entry, timings) : undefined;
  const record: RequestRecord = {
    id: recordIdOf({ startedDateTime, method, url }),
    index,
    startedDateTime,
    method,
    url,
    host: parts?.host ?? "",
    path: parts?.path ?? url,
    scheme,
    status,
    statusText: answered ? (stringField(response, "statusText") ?? "") : "",
    httpVersion: stringField(response, "httpVersion") || stringField(request, "httpVersion") || "",
    bucket: answered ? bucketOfAnswer(status) : "failed",
    resourceType,
    requestHeaders,
    responseHeaders,
    requestHeadersSize: sizeField(request, "headersSize"),
    requestBodySize: sizeField(request, "bodySize"),
    responseBodySize: contentSize >= 0 ? contentSize : sizeField(response, "bodySize"),
    transferSize: transferSizeOf(response),
    responseMimeType,
    serverIPAddress: stringField(entry, "serverIPAddress") ?? "",
    redirectURL,
    timeMs: time !== undefined && time >= 0 ? time : -1,
    // Every record has every field, present or undefined, so all share one shape: the list's filter reads
    // 100,000 records per keystroke, and property reads over a dozen shapes are several times slower.
    failure,
    webSocket,
    pending: isInFlight(response) && !webSocketFailed(entry) ? true : undefined,
    withheldStatus: !answered && rawStatus !== undefined && rawStatus > 0 ? rawStatus : undefined,
    fromCache,
    initiator,
    initiatorLine: initiatorAt?.line,
    requestBody,
    responseBody,
    timings,
  };
  return { ok: true, record };
}
