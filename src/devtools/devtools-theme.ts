export type Theme = "dark" | "light";

/** `devtools.panels` as far as the theme goes: Firefox has onThemeChanged, Chromium neither of the events. */
export interface ThemePanels {
  themeName?: string;
  onThemeChanged?: { addListener(listener: (name: string) => void): void };
}

/** Chromium's `chrome.devtools.panels`, which tells theme changes to one handler instead. */
export interface ChromiumThemePanels {
  setThemeChangeHandler?: (handler: (name: string) => void) => void;
}

// Chromium calls the light theme "default".
const themeOf = (name: string | undefined): Theme => (name === "dark" ? "dark" : "light");

/** DevTools' theme now, then on every change: Chromium through setThemeChangeHandler, Firefox onThemeChanged. */
export function followTheme(
  apply: (theme: Theme) => void,
  panels: ThemePanels,
  chromium: ChromiumThemePanels | undefined,
): void {
  apply(themeOf(panels.themeName));
  if (typeof chromium?.setThemeChangeHandler === "function") {
    chromium.setThemeChangeHandler((name) => apply(themeOf(name)));
  } else {
    panels.onThemeChanged?.addListener((name) => apply(themeOf(name)));
  }
}
