/**
 * The paths given to `devtools.panels.create`. Chromium resolves them against the extension's root, Firefox
 * against the devtools page (src/devtools/devtools.html): only paths starting with "/" mean the same file in both.
 */
export const PANEL_PATHS = {
  icon: "/icons/status-lens-32.png",
  page: "/src/panel/panel.html",
} as const;
