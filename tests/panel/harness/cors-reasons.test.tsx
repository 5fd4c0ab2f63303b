// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { fireEvent, within } from "@testing-library/dom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORS_RULES, type CorsRule } from "../../../src/reference";
import { fixtureRecords } from "../../core/har-fixture";
import { type MountedPanel, mountPanel } from "./mount-panel";
import { requestRow } from "./panel-queries";

// Chromium 156's capture of the demo's /cors page, one blocked request per CORS rule, and the rule Chromium's own
// DevTools issue named for each (tests/fixtures/har/README.md).
const records = fixtureRecords("chromium-cors-reasons.har");
const { reasons } = JSON.parse(
  readFileSync("tests/fixtures/har/chromium-cors-reasons.reasons.json", "utf8"),
) as {
  reasons: { url: string; corsError: string }[];
};
const ruleNamed = (corsError: string) =>
  (Object.keys(CORS_RULES) as CorsRule[]).find((rule) =>
    (CORS_RULES[rule].chromium as readonly string[]).includes(corsError),
  );

let panel: MountedPanel;
beforeAll(() => {
  panel = mountPanel();
  panel.replay(records);
});
afterAll(() => panel.unmount());

/** Clicks the request's row (not its preflight's) and returns its card's CORS section and findings. */
function cardOf(url: string) {
  const record = records.find((r) => r.url === url && r.resourceType !== "preflight");
  fireEvent.click(requestRow(panel, record?.method ?? "", new URL(url).pathname));
  const region = panel.view.getByRole("region", { name: /^Explanation/ });
  const section = within(region).queryByRole("region", { name: "Why CORS blocked it" });
  const findings = region.querySelector(".card-findings")?.textContent ?? "";
  return { section: section?.textContent ?? "", card: region.textContent ?? "", findings };
}

describe("the card of each CORS-blocked request names the rule Chromium named, first", () => {
  it.each(reasons.map((r) => [new URL(r.url).pathname, r] as const))("%s", (_, chromium) => {
    const rule = ruleNamed(chromium.corsError);
    expect(rule, chromium.corsError).toBeDefined();
    const { section, card, findings } = cardOf(chromium.url);
    expect(section).toContain(CORS_RULES[rule as CorsRule].title);
    expect(section).toContain("read from the headers");
    expect(section).toContain(chromium.corsError);
    // Shown once: the section, not again under the findings; and before what the code means in general.
    expect(findings).not.toContain(CORS_RULES[rule as CorsRule].title);
    expect(card.indexOf("Why CORS blocked it")).toBeLessThan(
      card.indexOf("The server may well have answered"),
    );
  });

  it("says nothing of the kind on a request CORS let through", () => {
    const allowed = records.find((r) => r.url.endsWith("/reason/allowed"));
    expect(cardOf(allowed?.url ?? "").section).toBe("");
  });
});
