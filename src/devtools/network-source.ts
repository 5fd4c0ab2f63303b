import browser from "webextension-polyfill";
import type { ContentGetter } from "../core/capture";

/** Chromium's Request takes a callback and returns nothing; Firefox's returns a promise. Accept both. */
interface FinishedRequest {
  getContent(
    callback?: (body: string | null, encoding?: string) => void,
  ): Promise<[string | null, string]> | undefined;
}

// A body DevTools no longer holds comes as null: "" says so to the panel, which knows the body had bytes.
const contentOf = (body: string | null, encoding?: string): Awaited<ReturnType<ContentGetter>> =>
  body && encoding === "base64" ? { text: body, encoding } : (body ?? "");

function contentGetterOf(request: unknown): ContentGetter {
  return () =>
    new Promise((resolve) => {
      const maybePromise = (request as FinishedRequest).getContent((body, encoding) =>
        resolve(contentOf(body, encoding)),
      );
      maybePromise?.then(
        ([body, encoding]) => resolve(contentOf(body, encoding)),
        () => resolve(""),
      );
    });
}

/** Every request DevTools lists now. The polyfill has no getHAR, and Chromium needs the callback form. */
export function getHarEntries(): Promise<readonly unknown[]> {
  return new Promise((resolve) => {
    chrome.devtools.network.getHAR((har: { entries?: unknown }) =>
      resolve(Array.isArray(har?.entries) ? har.entries : []),
    );
  });
}

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
