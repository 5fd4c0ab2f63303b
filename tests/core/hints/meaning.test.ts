import { describe, expect, it } from "vitest";
import { meaningOf } from "../../../src/core/hints/meaning";
import { explainFailure, explainStatus } from "../../../src/reference";

describe("meaningOf", () => {
  it.each([
    { entry: explainStatus(429), title: "429 Too Many Requests", retry: "Retry after a delay." },
    { entry: explainStatus(400), title: "400 Bad Request", retry: "Retry only after changing the request." },
    { entry: explainFailure("net::ERR_ABORTED"), title: "ERR_ABORTED", retry: "Retrying can help." },
    {
      entry: explainStatus(304),
      title: "304 Not Modified",
      retry: "Retrying the same request will not help.",
    },
  ])("$title: $retry", ({ entry, title, retry }) => {
    const meaning = meaningOf(entry);
    expect(meaning.title).toContain(title);
    expect(meaning.retry).toEqual({ advice: entry.retry, text: retry });
    expect(meaning.whoActs.actor).toBe(entry.whoActs);
    expect(meaning.whoActs.text.length).toBeGreaterThan(0);
  });

  // Issue 13: "Retry helps: no" under a 200 reads as if something failed.
  it.each([200, 204, 103, 199])("%i, a success or an interim answer, has no retry line", (code) => {
    expect(meaningOf(explainStatus(code)).retry).toEqual({ advice: "not-needed", text: "" });
  });
});
