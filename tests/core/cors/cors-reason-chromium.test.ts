import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corsReasonOf } from "../../../src/core/cors/cors-reason";
import { linkPreflights } from "../../../src/core/requests";
import { CORS_RULES } from "../../../src/reference";
import { fixtureRecords } from "../har-fixture";

interface ChromiumReason {
  url: string;
  corsError: string;
  failedParameter: string;
  console: string;
}

/** A capture of the demo's /cors page and, beside it, what Chromium's own issues named for each blocked request. */
function capture(name: string) {
  const records = fixtureRecords(`${name}.har`);
  const { reasons } = JSON.parse(readFileSync(`tests/fixtures/har/${name}.reasons.json`, "utf8")) as {
    reasons: ChromiumReason[];
  };
  const links = linkPreflights(records);
  const page = records.find((r) => r.resourceType === "document");
  const pageOrigin = page ? new URL(page.url).origin : undefined;
  const reasonFor = ({ url }: ChromiumReason) => {
    const record = records.find((r) => r.url === url && r.resourceType !== "preflight");
    if (!record) throw new Error(`no request for ${url}`);
    const link = links.get(record.id);
    return corsReasonOf({ record, preflight: link?.preflight, pageOrigin });
  };
  return { reasons, reasonFor };
}

describe("corsReasonOf on Chromium 156's captures, against the reason Chromium itself gave", () => {
  const { reasons, reasonFor } = capture("chromium-cors-reasons");

  it("the capture holds one blocked request per rule", () => {
    expect(new Set(reasons.map((r) => r.corsError))).toEqual(
      new Set([
        "MethodDisallowedByPreflightResponse",
        "MissingAllowOriginHeader",
        "AllowOriginMismatch",
        "MultipleAllowOriginValues",
        "WildcardOriginNotAllowed",
        "InvalidAllowCredentials",
        "PreflightInvalidStatus",
        "PreflightDisallowedRedirect",
        "PreflightMissingAllowOriginHeader",
        "HeaderDisallowedByPreflightResponse",
      ]),
    );
  });

  it.each(reasons.map((r) => [r.url.split("/").slice(3).join("/"), r] as const))(
    "%s: the rule Chromium named, read with certainty",
    (_, chromium) => {
      const ours = reasonFor(chromium);
      expect(CORS_RULES[ours.reason].chromium, ours.why).toContain(chromium.corsError);
      expect(ours.certainty).toBe("certain");
      // Chromium's failed parameter (the origin, method or header it rejected) is among the values we show.
      if (chromium.failedParameter)
        expect(ours.values.map((v) => v.value.toLowerCase()).join(" ")).toContain(
          chromium.failedParameter.toLowerCase(),
        );
    },
  );
});

describe("corsReasonOf when Chromium's Local Network Access blocked everything (the page made public)", () => {
  const { reasons, reasonFor } = capture("chromium-local-network");

  it("is certain where a preflight carries the block's own error, and says it guesses elsewhere", () => {
    expect(new Set(reasons.map((r) => r.corsError))).toEqual(new Set(["LocalNetworkAccessPermissionDenied"]));
    const ours = reasons.map(reasonFor);
    const certain = ours.filter((r) => r.certainty === "certain");
    expect(certain.length).toBeGreaterThanOrEqual(8);
    expect(certain.every((r) => r.reason === "local-network")).toBe(true);
    // A simple GET blocked the same way leaves no preflight and no answer: nothing in the log names the rule.
    const guesses = ours.filter((r) => r.certainty !== "certain");
    expect(guesses.length).toBeGreaterThan(0);
    for (const guess of guesses) expect(guess.certainty).toBe("guess");
  });
});
