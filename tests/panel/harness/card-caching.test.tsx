// @vitest-environment happy-dom

import { fireEvent, within } from "@testing-library/dom";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { recordWith } from "../../core/record-builder";
import { type MountedPanel, mountPanel } from "./mount-panel";
import { rowWith } from "./panel-queries";

let panel: MountedPanel;
beforeEach(() => {
  vi.useFakeTimers();
  panel = mountPanel();
});
afterEach(() => {
  panel.unmount();
  vi.useRealTimers();
});

const httpDate = (ms: number) => new Date(ms).toUTCString();

/** A response that arrived `agoMs` before the panel's clock, with its own Date then. */
const answered = (path: string, agoMs: number, headers: Record<string, string>, status = 200) => {
  const at = panel.clock.now - agoMs;
  return recordWith({
    url: `https://cdn.example${path}`,
    status,
    startedDateTime: new Date(at).toISOString(),
    timeMs: 0,
    responseHeaders: { Date: httpDate(at), ...headers },
  });
};

const cachingOf = (path: string) => {
  fireEvent.click(rowWith(panel, `${path} `));
  return panel.view.getByRole("region", { name: "Caching" });
};

describe("the card's Caching section", () => {
  it("says how long the browser and a CDN keep it, then why, with the header values", () => {
    panel.replay([
      answered("/app.js", 0, {
        "Cache-Control": "public, max-age=600, s-maxage=3600",
        Age: "20",
        ETag: '"v7"',
      }),
    ]);
    const section = cachingOf("/app.js");
    expect(section.textContent).toContain(
      "Fresh for 9 min 40 s in the browser cache; fresh for 59 min 40 s in shared caches (CDN, proxy).",
    );
    expect(within(section).getByText("Why (4 reasons)")).toBeTruthy();
    // Both lifetimes (browser: max-age, CDN: s-maxage) name the field they were read from.
    expect(within(section).getAllByText("Cache-Control: public, max-age=600, s-maxage=3600")).toHaveLength(2);
    expect(section.textContent).toContain('If-None-Match: "v7"');
  });

  it("counts the freshness down while the card is open, then says since when it is stale", () => {
    panel.replay([answered("/feed", 0, { "Cache-Control": "max-age=30" })]);
    const section = cachingOf("/feed");
    expect(section.textContent).toContain("Still fresh: 30 s left.");
    act(() => {
      panel.clock.now += 40_000;
      vi.advanceTimersByTime(40_000);
    });
    expect(panel.view.getByRole("region", { name: "Caching" }).textContent).toContain("Stale for 10 s now.");
  });

  it("says a no-store response is not stored, and what to send instead", () => {
    panel.replay([answered("/me", 0, { "Cache-Control": "no-store" })]);
    const section = cachingOf("/me");
    expect(section.textContent).toContain(
      "Not stored in the browser cache or shared caches (CDN, proxy): Cache-Control: no-store.",
    );
    expect(section.textContent).toContain("To change: For a copy that is kept but checked");
  });

  it("is absent for a request that got no response", () => {
    panel.replay([
      recordWith({
        url: "https://cdn.example/down",
        status: 0,
        failure: { kind: "network", error: "net::ERR_CONNECTION_REFUSED" },
      }),
    ]);
    fireEvent.click(rowWith(panel, "/down "));
    expect(panel.view.queryByRole("region", { name: "Caching" })).toBeNull();
  });
});
