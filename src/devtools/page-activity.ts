import browser from "webextension-polyfill";

/**
 * Counts the page's Resource Timing entries with an observer (not the page's 250-entry buffer). Only a hint to
 * look at DevTools' log sooner: the page owns it, it misses WebSockets, open EventSources and iframes.
 */
const RESOURCE_COUNT = `(() => {
  const key = Symbol.for("status-lens.resource-count");
  let counter = globalThis[key];
  if (!counter) {
    counter = { n: 0 };
    try {
      new PerformanceObserver((list) => { counter.n += list.getEntries().length; })
        .observe({ type: "resource", buffered: true });
    } catch {}
    Object.defineProperty(globalThis, key, { value: counter });
  }
  return counter.n;
})()`;

/** How many resources the inspected page has loaded; undefined when the page cannot tell (paused, errored). */
export async function pageResourceCount(): Promise<number | undefined> {
  try {
    const [result, error] = await browser.devtools.inspectedWindow.eval(RESOURCE_COUNT);
    return !error && typeof result === "number" ? result : undefined;
  } catch {
    return undefined;
  }
}
