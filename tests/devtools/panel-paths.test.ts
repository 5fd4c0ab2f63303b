import { describe, expect, it } from "vitest";
import manifest from "../../manifest.json" with { type: "json" };
import { PANEL_PATHS } from "../../src/devtools/panel-paths";

const ROOT = "moz-extension://0e6f6c1a-uuid/";
/** Chromium resolves panels.create's paths against the extension's root. */
const chromiumResolves = (path: string) => new URL(path, ROOT).href;
/** Firefox resolves them against the page that calls it, the devtools page. */
const firefoxResolves = (path: string) => new URL(path, new URL(manifest.devtools_page, ROOT)).href;

describe("the paths given to devtools.panels.create", () => {
  it.each(Object.entries(PANEL_PATHS))("name the same file in both browsers (%s)", (_name, path) => {
    expect(firefoxResolves(path)).toBe(chromiumResolves(path));
    expect(chromiumResolves(path)).toBe(`${ROOT}${path.slice(1)}`);
  });

  it("would not, written relative to the root", () => {
    expect(firefoxResolves("src/panel/panel.html")).not.toBe(chromiumResolves("src/panel/panel.html"));
  });
});
