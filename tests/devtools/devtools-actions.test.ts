import { describe, expect, it } from "vitest";
import { detectDevtoolsActions } from "../../src/devtools/devtools-actions";

/** chrome.devtools.panels as Chromium 156 has it: a Network panel that shows with a filter, and openResource. */
function chromiumPanels() {
  const calls: unknown[][] = [];
  return {
    calls,
    panels: {
      create: () => {},
      network: {
        show(options: unknown) {
          calls.push(["network.show", options]);
          return Promise.resolve();
        },
      },
      openResource(url: string, line: number) {
        calls.push(["openResource", url, line]);
        return Promise.reject(new Error("no such resource"));
      },
    },
  };
}

describe("detectDevtoolsActions", () => {
  it("offers both actions where the panels API has them, and calls DevTools with the request's data", async () => {
    const { panels, calls } = chromiumPanels();
    const actions = detectDevtoolsActions(panels);
    actions.revealInNetwork?.("https://app.test/api/items");
    actions.openInSources?.("https://app.test/app.js", 41);
    expect(calls).toEqual([
      ["network.show", { filter: "https://app.test/api/items" }],
      ["openResource", "https://app.test/app.js", 41],
    ]);
    // A rejected openResource must not surface as an unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it("offers neither in Firefox, whose devtools.panels has only create, elements and themeName", () => {
    const firefox = { create: () => {}, elements: {}, themeName: "light", onThemeChanged: {} };
    expect(Object.keys(detectDevtoolsActions(firefox))).toEqual([]);
  });

  it("offers only what is there: an older Chromium with openResource and no Network panel object", () => {
    const actions = detectDevtoolsActions({ openResource: () => undefined, elements: {}, sources: {} });
    expect(Object.keys(actions)).toEqual(["openInSources"]);
  });

  it("offers nothing when there is no panels API, or a member is not a function", () => {
    expect(detectDevtoolsActions(undefined)).toEqual({});
    expect(detectDevtoolsActions({ network: { show: "yes" }, openResource: 1 })).toEqual({});
  });
});
