import { explainStatus } from "../../reference";
import type { Hint, RequestRecord } from "../model";
import { allowHints } from "./allow-hints";
import { authHints } from "./auth-hints";
import { conditionalHints } from "./conditional-hints";
import { contentNegotiationHints } from "./content-negotiation-hints";
import { corsHints } from "./cors-hints";
import { mixedContentHints } from "./mixed-content-hints";
import { parseProblemDetails, problemDetailsHints } from "./problem-details-hints";
import { rateLimitHints } from "./rate-limit-hints";
import { redirectHints } from "./redirect-hints";
import { retryAfterHints } from "./retry-after-hints";
import { serverLayerHints } from "./server-layer-hints";
import { sizeHints } from "./size-hints";
import { vendorHints } from "./vendor-hints";
import { webSocketHints } from "./websocket-hints";

/** What a hint reader gets: the exchange, and everything else passed in (core reads no clock and no page). */
export interface Exchange {
  /** The request as recorded. */
  record: RequestRecord;
  /** The same, with the status the server sent when the browser withheld it (CORS): what the server meant. */
  sent: RequestRecord;
  now: Date;
  /** Minutes east of UTC, for local times. */
  offsetMinutes: number;
  /** The response body, when there is one. */
  body: string | undefined;
  /** The inspected page's origin as the caller knows it. */
  pageOrigin: string | undefined;
  /** That origin, or else the origin of the document that started the request. */
  likelyPageOrigin: string | undefined;
  /** This request's CORS preflight, when the log holds it. */
  preflightOf: RequestRecord | undefined;
}

/** One kind of finding: a name, when it applies, and what it reads. Adding a hint is one file and one line here. */
export interface HintReader {
  name: string;
  read(exchange: Exchange): Hint[];
}

const whenStatus =
  (applies: (status: number, record: RequestRecord) => boolean, read: (record: RequestRecord) => Hint[]) =>
  ({ sent }: Exchange) =>
    applies(sent.status, sent) ? read(sent) : [];

function problemDetailsOf({ sent, body }: Exchange): Hint[] {
  if (sent.status < 400 || body === undefined || body === "") return [];
  const problem = parseProblemDetails(body, sent.responseBody?.mimeType || sent.responseMimeType);
  return problem ? problemDetailsHints(problem, sent.status) : [];
}

/** Whether the answer may come from a layer other than the app: a 5xx, an unofficial or non-standard code. */
const mayBeLayer = (status: number, record: RequestRecord) =>
  status >= 500 ||
  (status > 0 ? explainStatus(status).kind : "failure") === "unofficial" ||
  record.bucket === "nonstandard";

/** A request the browser reported as a CORS failure was cross-origin: its Referer names the page, if nothing else. */
export const corsPageOrigin = (e: Exchange) =>
  e.record.failure?.kind === "cors" ? e.likelyPageOrigin : e.pageOrigin;

/** Every reader, in the order their findings are shown; `diagnose` walks this table. */
export const HINT_READERS: readonly HintReader[] = [
  {
    name: "auth",
    read: whenStatus(
      (s) => s === 401 || s === 403,
      (r) => authHints(r, "WWW-Authenticate"),
    ),
  },
  {
    name: "proxy-auth",
    read: whenStatus(
      (s) => s === 407,
      (r) => authHints(r, "Proxy-Authenticate"),
    ),
  },
  { name: "allow", read: whenStatus((s) => s === 405, allowHints) },
  { name: "redirect", read: whenStatus((s) => s >= 300 && s <= 399, redirectHints) },
  { name: "conditional", read: whenStatus((s) => s === 304 || s === 412, conditionalHints) },
  { name: "content-negotiation", read: whenStatus((s) => s === 406 || s === 415, contentNegotiationHints) },
  { name: "size", read: whenStatus((s) => s === 413 || s === 431, sizeHints) },
  { name: "server-layer", read: whenStatus(mayBeLayer, serverLayerHints) },
  { name: "vendor", read: (e) => vendorHints(e.sent) },
  { name: "retry-after", read: (e) => retryAfterHints(e.sent, e.now, e.offsetMinutes) },
  { name: "rate-limit", read: (e) => rateLimitHints(e.sent, e.now, e.offsetMinutes) },
  { name: "problem-details", read: problemDetailsOf },
  { name: "cors", read: (e) => corsHints(e.record, corsPageOrigin(e), e.preflightOf) },
  { name: "mixed-content", read: (e) => mixedContentHints(e.record, e.likelyPageOrigin) },
  { name: "websocket", read: (e) => webSocketHints(e.record) },
];
