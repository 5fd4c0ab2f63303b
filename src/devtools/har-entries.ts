import { answerOf } from "./either-answer";

/** `devtools.network` as both browsers have it: getHAR answers with the whole log. */
export interface HarSource {
  getHAR(callback: (har: unknown) => void): unknown;
}

/**
 * Firefox sometimes hands over a response's headers before its status line: status 0 and httpVersion "" with
 * headers. Listed as it is, it would read as a server sending 0; a later getHAR brings the whole entry. Chromium
 * writes `_error` on every entry and Firefox never does: a Chromium entry is never taken for one of these.
 */
export function lacksStatusLine(entry: unknown): boolean {
  const response = (entry as { response?: { status?: unknown; httpVersion?: unknown; headers?: unknown } })
    ?.response;
  return (
    response?.status === 0 &&
    !("_error" in response) &&
    response.httpVersion === "" &&
    Array.isArray(response.headers) &&
    response.headers.length > 0
  );
}

type LooseEntry = { timings?: unknown; response?: Record<string, unknown> };

/**
 * Firefox lists a request still waiting for its response as status 0 with empty `timings` and no error field,
 * where a failed one has its timing phases. Core reads a request in flight as Chromium writes it, `_error: null`
 * (core/har isInFlight): a copy of such an entry says so, or it would be listed as failed until it is answered.
 */
export function inFlightMarked(entry: unknown): unknown {
  const { timings, response } = (entry ?? {}) as LooseEntry;
  const waiting =
    response?.status === 0 &&
    !("_error" in response) &&
    typeof timings === "object" &&
    timings !== null &&
    Object.keys(timings).length === 0;
  return waiting ? { ...(entry as object), response: { ...response, _error: null } } : entry;
}

const entriesOf = (har: unknown): readonly unknown[] => {
  const entries = (har as { entries?: unknown } | null)?.entries;
  return Array.isArray(entries) ? entries.filter((entry) => !lacksStatusLine(entry)).map(inFlightMarked) : [];
};

/**
 * Every request DevTools lists now. Chromium answers through the callback; Firefox's promise form is accepted too.
 * Firefox lists only what happened after its toolbox opened, whether or not its Network Monitor was ever shown.
 */
export function harEntriesOf(network: HarSource): Promise<readonly unknown[]> {
  return answerOf((callback) => network.getHAR(callback), entriesOf, entriesOf, []);
}
