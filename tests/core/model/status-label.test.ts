import { describe, expect, it } from "vitest";
import { statusLabel } from "../../../src/core/model/status-label";
import { recordWith } from "../record-builder";

describe("statusLabel", () => {
  it.each([
    [
      "server's phrase wins",
      recordWith({ status: 404, statusText: "Nothing Here" }),
      { code: "404", text: "Nothing Here", source: "server" },
    ],
    [
      "HTTP/2 has none: the reference names it",
      recordWith({ status: 422, statusText: "" }),
      { code: "422", text: "Unprocessable Content", source: "reference" },
    ],
    [
      "an unregistered code gets no made-up name",
      recordWith({ status: 299 }),
      { code: "299", text: "", source: "none" },
    ],
    [
      "CORS block, as Chromium reports it (status 200 + net::ERR_FAILED)",
      recordWith({ status: 200, failure: { kind: "cors", error: "net::ERR_FAILED" } }),
      { code: "(failed)", text: "CORS error", source: "browser" },
    ],
    [
      "canceled",
      recordWith({ status: 0, failure: { kind: "canceled", error: "net::ERR_ABORTED" } }),
      { code: "(canceled)", text: "ERR_ABORTED", source: "browser" },
    ],
    [
      "blocked",
      recordWith({ status: 0, failure: { kind: "blocked", error: "net::ERR_BLOCKED_BY_CLIENT" } }),
      { code: "(blocked)", text: "ERR_BLOCKED_BY_CLIENT", source: "browser" },
    ],
    [
      "network error",
      recordWith({ status: 0, failure: { kind: "network", error: "net::ERR_CONNECTION_REFUSED" } }),
      { code: "(failed)", text: "ERR_CONNECTION_REFUSED", source: "browser" },
    ],
    [
      "still in flight when getHAR was called",
      recordWith({ status: 0, pending: true, failure: { kind: "unknown" } }),
      { code: "(pending)", text: "", source: "none" },
    ],
    [
      "no error name at all (Firefox)",
      recordWith({ status: 0, failure: { kind: "unknown" } }),
      { code: "(failed)", text: "", source: "none" },
    ],
  ])("%s", (_name, record, expected) => {
    expect(statusLabel(record)).toEqual(expected);
  });
});
