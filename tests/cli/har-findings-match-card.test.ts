import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { findingText } from "../../src/core/model";
import { loadSideParts } from "../../src/panel/side-parts-loader";
import { createPanelStore } from "../../src/panel/state/panel-store";
import { fakeIo } from "./fake-io";

// The card's code is loaded after the panel's first paint; here, before any card is asked for.
await loadSideParts();

const FIXTURES = ["chromium-demo.har", "firefox-shop.har", "mitmproxy-api.har", "playwright-capture.har"];

// A clock far from the captures: both read a recorded exchange as of its response, and count its waits to now.
const NOW = new Date("2031-01-01T00:00:00Z");

async function jsonFindings(path: string): Promise<Map<number, string[]>> {
  const { io, cli } = fakeIo((file) => readFile(file, "utf8"));
  expect(await main(["har", path, "--json"], { ...cli, now: () => NOW })).toBe(0);
  const report: { entries: Array<{ index: number; findings: string[] }> } = JSON.parse(io.stdout);
  return new Map(report.entries.map((entry) => [entry.index, entry.findings]));
}

/** What the card lists under "What this response says": the store's explanation, as the card asks for it. */
async function cardFindings(path: string): Promise<Map<number, string[]>> {
  const store = createPanelStore({ now: () => NOW.getTime() });
  store.importHar(await readFile(path, "utf8"), path);
  const records = store.visible.value.rows.slice();
  return new Map(
    records.map((record) => [record.index, store.explain(record).findings.map((f) => findingText(f, NOW))]),
  );
}

describe("the card and `status-lens har --json` say the same of an exchange", () => {
  it.each(FIXTURES)("%s: every entry has the same findings in both", async (name) => {
    const path = `tests/fixtures/har/${name}`;
    const [json, card] = await Promise.all([jsonFindings(path), cardFindings(path)]);
    expect(card.size).toBe(json.size);
    expect(card).toEqual(json);
    // Not vacuous: the fixtures carry findings from headers, bodies and chains.
    expect([...json.values()].some((findings) => findings.length > 0)).toBe(true);
    if (name === "chromium-demo.har")
      expect([...json.values()].flat().join("\n")).toMatch(/The wait ended \d+ days ago\./);
  });
});
