/**
 * DevTools actions a panel can offer, where the browser has them. Checked by feature, not by browser name:
 * - `panels.network.show({ filter })` reveals the Network panel filtered (DevTools' ExtensionAPI.ts has it; not
 *   in Firefox, whose devtools.panels has only create, elements, themeName and onThemeChanged);
 * - `panels.openResource(url, line)` opens a file in Sources (Chromium; not in Firefox, bug 1575240).
 */
export interface DevtoolsActions {
  revealInNetwork?: (filter: string) => void;
  openInSources?: (url: string, line: number) => void;
}

type Method = (...args: never[]) => unknown;

const methodOf = (owner: unknown, name: string): Method | undefined => {
  if (typeof owner !== "object" || owner === null) return undefined;
  const value = (owner as Record<string, unknown>)[name];
  return typeof value === "function" ? (value as Method).bind(owner) : undefined;
};

/** A failed call (a closed DevTools, an unknown URL) is not the panel's to show: it is dropped. */
const ignoreRejection = (result: unknown) => {
  if (result instanceof Promise) result.catch(() => {});
};

/** The actions `panels` (chrome.devtools.panels, or browser.devtools.panels) supports; the others are absent. */
export function detectDevtoolsActions(panels: unknown): DevtoolsActions {
  const actions: DevtoolsActions = {};
  const network =
    typeof panels === "object" && panels !== null ? (panels as { network?: unknown }).network : undefined;
  const show = methodOf(network, "show") as ((options: { filter: string }) => unknown) | undefined;
  if (show) actions.revealInNetwork = (filter) => ignoreRejection(show({ filter }));
  const openResource = methodOf(panels, "openResource") as
    | ((url: string, line: number) => unknown)
    | undefined;
  if (openResource) actions.openInSources = (url, line) => ignoreRejection(openResource(url, line));
  return actions;
}
