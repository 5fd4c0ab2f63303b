import { describe, expect, it } from "vitest";
import { followTheme, type Theme } from "../../src/devtools/devtools-theme";
import { chromiumPanels, firefoxPanels } from "./fake-devtools";

describe("followTheme", () => {
  it("follows Chromium's theme through setThemeChangeHandler, reading its 'default' as light", () => {
    const seen: Theme[] = [];
    const chromium = chromiumPanels("default");
    followTheme((theme) => seen.push(theme), chromium, chromium);
    chromium.switchTo("dark");
    chromium.switchTo("default");
    expect(seen).toEqual(["light", "dark", "light"]);
  });

  it("follows Firefox's theme through onThemeChanged, where there is no setThemeChangeHandler", () => {
    const seen: Theme[] = [];
    const firefox = firefoxPanels("dark");
    followTheme((theme) => seen.push(theme), firefox, {});
    firefox.switchTo("light");
    expect(seen).toEqual(["dark", "light"]);
  });
});
