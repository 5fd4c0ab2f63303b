import browser from "webextension-polyfill";

/** What the panel hears from the browser. Entries are HAR entries, left unknown until core normalizes them. */
export interface NetworkListener {
  onEntries(entries: readonly unknown[]): void;
  onEntry(entry: unknown, content: () => Promise<string>): void;
  onNavigated(url: string): void;
}

interface HarLike {
  entries?: unknown;
}

/** Chromium's Request takes a callback and returns nothing; Firefox's returns a promise. Accept both. */
interface FinishedRequest {
  getContent(callback?: (body: string | null) => void): Promise<[string | null, string]> | undefined;
}

function contentOf(request: FinishedRequest): Promise<string> {
  return new Promise((resolve) => {
    const maybePromise = request.getContent((body) => resolve(body ?? ""));
    maybePromise?.then(
      ([body]) => resolve(body ?? ""),
      () => resolve(""),
    );
  });
}

// webextension-polyfill has no getHAR entry and Chromium returns undefined without a callback: use the callback form.
function getHar(): Promise<unknown[]> {
  return new Promise((resolve) => {
    chrome.devtools.network.getHAR((har: HarLike) => resolve(Array.isArray(har?.entries) ? har.entries : []));
  });
}

/**
 * Subscribes first and loads the history second, holding live entries back until the history is in, so order is kept;
 * a request finishing in between arrives twice and the store drops the second copy by id.
 */
export function connectNetwork(listener: NetworkListener, signal: AbortSignal): void {
  let pending: Array<[unknown, () => Promise<string>]> | null = [];
  const finished = (request: unknown) => {
    const content = () => contentOf(request as FinishedRequest);
    if (pending) pending.push([request, content]);
    else listener.onEntry(request, content);
  };
  const navigated = (url: string) => listener.onNavigated(url);
  browser.devtools.network.onRequestFinished.addListener(finished);
  browser.devtools.network.onNavigated.addListener(navigated);
  signal.addEventListener("abort", () => {
    browser.devtools.network.onRequestFinished.removeListener(finished);
    browser.devtools.network.onNavigated.removeListener(navigated);
  });
  void getHar().then((entries) => {
    if (signal.aborted) return;
    listener.onEntries(entries);
    const live = pending ?? [];
    pending = null;
    for (const [entry, content] of live) listener.onEntry(entry, content);
  });
}
