import browser from "webextension-polyfill";

/** DevTools' own theme: "dark" or "light" (Chromium calls light "default"). */
export function devtoolsTheme(): "dark" | "light" {
  return browser.devtools.panels.themeName === "dark" ? "dark" : "light";
}
