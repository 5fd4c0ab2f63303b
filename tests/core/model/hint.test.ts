import { describe, expect, it } from "vitest";
import { hintsAbout } from "../../../src/core/model";

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
