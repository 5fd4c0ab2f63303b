/**
 * Small fakes of the two browsers' devtools APIs, shaped as each was seen to behave (Chromium 156, Firefox 153 ESR,
 * checked in the panel page: see ../shared/notes/firefox.md and the Firefox e2e).
 */
type Callback = (...answer: unknown[]) => void;

const later = (callback: () => void) => setTimeout(callback, 0);

/** Chromium: getHAR answers only through its callback, and refuses a call without one. */
export const chromiumNetwork = (entries: unknown[]) => ({
  getHAR(callback?: Callback) {
    if (!callback) throw new TypeError("No matching signature.");
    later(() => callback({ entries }));
  },
});

/** Firefox: getHAR calls a callback it is given, else returns a promise of the log. */
export const firefoxNetwork = (entries: unknown[]) => ({
  getHAR(callback?: Callback) {
    if (callback) return void later(() => callback({ entries }));
    return Promise.resolve({ entries });
  },
});

/** Chromium's request from onRequestFinished: getContent(callback) calls back with (body, encoding). */
export const chromiumRequest = (body: string | null, encoding: string) => ({
  getContent(callback?: Callback) {
    if (!callback) throw new TypeError("No matching signature.");
    later(() => callback(body, encoding));
  },
});

/** Firefox's: getContent calls back with (body, mimeType), or resolves to [body, mimeType] without a callback. */
export const firefoxRequest = (body: string, mimeType: string | null) => ({
  getContent(callback?: Callback) {
    if (callback) return void later(() => callback(body, mimeType));
    return Promise.resolve([body, mimeType]);
  },
});

/** Firefox's `browser.devtools.panels`: themeName and onThemeChanged, no setThemeChangeHandler. */
export function firefoxPanels(themeName: string) {
  const listeners: ((name: string) => void)[] = [];
  return {
    themeName,
    onThemeChanged: { addListener: (listener: (name: string) => void) => listeners.push(listener) },
    switchTo: (name: string) => {
      for (const listener of listeners) listener(name);
    },
  };
}

/** Chromium's `chrome.devtools.panels`: themeName ("default" or "dark") and one theme change handler. */
export function chromiumPanels(themeName: string) {
  let handler: ((name: string) => void) | undefined;
  return {
    themeName,
    setThemeChangeHandler: (next: (name: string) => void) => {
      handler = next;
    },
    switchTo: (name: string) => handler?.(name),
  };
}
