import { headerFieldsOf } from "./har-headers";
import type { JsonObject } from "./json-fields";

/**
 * The status a HAR response holds, as a number: numeric strings count, and so does Infinity, which is what
 * JSON.parse makes of a status of 400 digits (a status that is there but too long to read is not "no status").
 */
export function responseStatusOf(response: JsonObject | undefined): number | undefined {
  const value = response?.status;
  if (typeof value === "number") return Number.isNaN(value) ? undefined : value;
  if (typeof value === "string" && /^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** Whether a response was received: a server's status line brings a reason phrase or headers; a failure has neither. */
export function responseArrived(response: JsonObject | undefined): boolean {
  if (!response) return false;
  const reason = typeof response.statusText === "string" && response.statusText.trim() !== "";
  return reason || headerFieldsOf(response.headers).length > 0;
}

/**
 * Chromium's getHAR lists a request still waiting for its response as status 0 with `_error: null` (Chromium
 * writes the field on every entry), no headers and no reason phrase (tests/fixtures/har/chromium-pending.json).
 * A server can itself send `HTTP/1.1 0 Zero`: that entry has the same status and error, but headers came.
 */
export function isInFlight(response: JsonObject | undefined): boolean {
  return (
    responseStatusOf(response) === 0 &&
    response !== undefined &&
    "_error" in response &&
    response._error === null &&
    !responseArrived(response)
  );
}
