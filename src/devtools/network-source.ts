import browser from "webextension-polyfill";
import type { ContentGetter } from "../core/capture";
import { harEntriesOf } from "./har-entries";
import { contentGetterOf } from "./response-content";

/** Every request DevTools lists now. The polyfill does not wrap getHAR: its Chromium form takes a callback. */
export const getHarEntries = (): Promise<readonly unknown[]> => harEntriesOf(browser.devtools.network);

export interface NetworkEvents {
  finished(entry: unknown, content: ContentGetter): void;
  navigated(url: string): void;
}

/** Forwards onRequestFinished and onNavigated until `signal` aborts. */
export function listenToNetwork(events: NetworkEvents, signal: AbortSignal): void {
  const finished = (request: unknown) => events.finished(request, contentGetterOf(request));
  const navigated = (url: string) => events.navigated(url);
  browser.devtools.network.onRequestFinished.addListener(finished);
  browser.devtools.network.onNavigated.addListener(navigated);
  signal.addEventListener("abort", () => {
    browser.devtools.network.onRequestFinished.removeListener(finished);
    browser.devtools.network.onNavigated.removeListener(navigated);
  });
}
