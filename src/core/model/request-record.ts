import type { Bucket, FailureKind } from "./bucket";
import type { WebSocketLog } from "./websocket-log";

export interface HeaderField {
  name: string;
  value: string;
}

export interface Failure {
  kind: FailureKind;
  /** The browser's error name when it gave one, e.g. "net::ERR_CONNECTION_REFUSED". */
  error?: string;
}

/** One request as every layer sees it, whatever HAR flavour it came from. */
export interface RequestRecord {
  /** Stable key used to drop the same request arriving twice (getHAR + onRequestFinished). */
  id: string;
  /** Position in the source (HAR entry index or arrival order). */
  index: number;
  /** ISO 8601 as the HAR gave it; "" when absent. */
  startedDateTime: string;
  /** Upper-cased; "" when the HAR left it out (shown with methodShown). */
  method: string;
  url: string;
  /** Host with port when not default, "" for URLs without one (data:). */
  host: string;
  /** Path + query. */
  path: string;
  scheme: string;
  /** 0 when no response arrived, or when the browser withheld it from the page (then see withheldStatus). */
  status: number;
  /** The status the server sent when the browser still failed the request (e.g. a CORS block: 200 + net::ERR_FAILED). */
  withheldStatus?: number;
  /** As sent by the server; "" over HTTP/2 and HTTP/3. */
  statusText: string;
  httpVersion: string;
  bucket: Bucket;
  failure?: Failure;
  /**
   * true for a Chromium entry of a request still in flight (getHAR lists those: status 0, `_error: null`). Its
   * bucket is "failed" (kind "unknown") until onRequestFinished delivers it and the store replaces it.
   */
  pending?: true;
  /** Chromium's _resourceType or a guess from the MIME type: "xhr", "fetch", "script", "document", ... */
  resourceType: string;
  requestHeaders: HeaderField[];
  responseHeaders: HeaderField[];
  requestBody?: { mimeType: string; text: string };
  /** Bytes; -1 when unknown. */
  requestHeadersSize: number;
  requestBodySize: number;
  responseBodySize: number;
  transferSize: number;
  responseMimeType: string;
  /** Where it was served from when not the network. */
  fromCache?: "memory" | "disk";
  serverIPAddress: string;
  /** URL of the document or script that started the request, when known. */
  initiator?: string;
  /** The 0-based line of `initiator` that started it (DevTools' count), when the HAR says. */
  initiatorLine?: number;
  /** The HAR's response.redirectURL, "" when none. */
  redirectURL: string;
  /** Total time in ms; -1 when unknown. */
  timeMs: number;
  /** The HAR's timing phases, when it measured any. */
  timings?: Timings;
  /** Response body when the HAR carried one (HAR files); live traffic fetches it on demand. */
  responseBody?: { mimeType: string; text: string; encoding?: "base64" };
  /** A WebSocket's messages, as far as the HAR kept them. */
  webSocket?: WebSocketLog;
}

/** HAR 1.2's timing phases, in the order they happen (`ssl` is a part of `connect`). */
export const TIMING_PHASES = ["blocked", "dns", "connect", "ssl", "send", "wait", "receive"] as const;
export type TimingPhase = (typeof TIMING_PHASES)[number];
/** The phases a HAR entry measured, in ms; a phase it marks -1 (not applicable) or leaves out is absent. */
export type Timings = Partial<Record<TimingPhase, number>>;

/** A malformed HAR entry: reported, never thrown. */
export interface Problem {
  index: number;
  message: string;
}
