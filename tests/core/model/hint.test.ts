import { describe, expect, it } from "vitest";
import { findingText, hintsAbout } from "../../../src/core/model";

describe("hintsAbout", () => {
  it("makes hints about one topic, with a default source that each hint may replace or leave out", () => {
    const cors = hintsAbout("cors", "Access-Control-Allow-Origin");
    expect(cors("error", "No header.")).toEqual({
      topic: "cors",
      severity: "error",
      text: "No header.",
      source: "Access-Control-Allow-Origin",
    });
    expect(cors("info", "Vary.", "Vary").source).toBe("Vary");
    expect(hintsAbout("conditional")("info", "Same ETag.")).toEqual({
      topic: "conditional",
      severity: "info",
      text: "Same ETag.",
    });
  });
});

describe("findingText", () => {
  const hint = {
    topic: "retry-after",
    severity: "info" as const,
    text: "Retry-After: wait 30 s after the response, until 10:00:30 (UTC+00:00).",
    until: "2026-11-25T10:00:30.000Z",
  };

  it("says where the wait stands at the moment it is shown", () => {
    expect(findingText(hint, new Date("2026-11-25T10:00:18Z"))).toBe(`${hint.text} 12 s left.`);
    expect(findingText(hint, new Date("2026-11-26T10:00:30Z"))).toBe(`${hint.text} The wait ended 24 h ago.`);
  });

  it("leaves a hint without a wait as it is", () => {
    const { until: _until, ...plain } = hint;
    expect(findingText(plain, new Date())).toBe(hint.text);
  });
});
