import browser from "webextension-polyfill";
import { followTheme, type Theme } from "./devtools-theme";

export type { Theme };

/** DevTools' theme now, then on every change, in either browser (devtools-theme.ts). */
export function followDevtoolsTheme(apply: (theme: Theme) => void): void {
  followTheme(apply, browser.devtools.panels, globalThis.chrome?.devtools?.panels);
}
