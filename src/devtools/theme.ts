import browser from "webextension-polyfill";

export type Theme = "dark" | "light";

// Chromium calls the light theme "default".
const themeOf = (name: string | undefined): Theme => (name === "dark" ? "dark" : "light");

/** DevTools' theme now, then on every change: Chromium has setThemeChangeHandler, Firefox onThemeChanged. */
export function followDevtoolsTheme(apply: (theme: Theme) => void): void {
  apply(themeOf(browser.devtools.panels.themeName));
  const chromium = globalThis.chrome?.devtools?.panels;
  if (typeof chromium?.setThemeChangeHandler === "function") {
    chromium.setThemeChangeHandler((name) => apply(themeOf(name)));
  } else {
    browser.devtools.panels.onThemeChanged?.addListener((name) => apply(themeOf(name)));
  }
}
