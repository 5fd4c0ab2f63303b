import { describe, expect, it } from "vitest";
import { BUFFER_CAP, createNetworkHub } from "../../src/devtools/network-hub";
import type { NetworkListener } from "../../src/devtools/network-source";

function fakeBrowser() {
  let browser: NetworkListener | undefined;
  const content = async () => "";
  return {
    connect: (listener: NetworkListener) => {
      browser = listener;
    },
    finish: (entry: unknown) => browser?.onEntry(entry, content),
    history: (entries: unknown[]) => browser?.onEntries(entries),
    navigate: (url: string) => browser?.onNavigated(url),
  };
}

function recorder() {
  const seen: string[] = [];
  const listener: NetworkListener = {
    onEntries: (entries) => seen.push(`history:${entries.join(",")}`),
    onEntry: (entry) => seen.push(String(entry)),
    onNavigated: (url) => seen.push(`nav:${url}`),
  };
  return { seen, listener };
}

describe("network hub in the devtools page", () => {
  it("replays what happened before the panel subscribed, in order, then forwards live events", () => {
    const browser = fakeBrowser();
    const hub = createNetworkHub(browser.connect, () => false);
    browser.history(["a", "b"]);
    browser.finish("c");
    const panel = recorder();
    hub.subscribe(panel.listener);
    browser.finish("d");
    expect(panel.seen).toEqual(["history:a,b", "c", "d"]);
  });

  it("forgets the previous page at a navigation unless Preserve log is on", () => {
    for (const preserve of [false, true]) {
      const browser = fakeBrowser();
      const hub = createNetworkHub(browser.connect, () => preserve);
      browser.finish("old");
      browser.navigate("https://a.test/");
      browser.finish("new");
      const panel = recorder();
      hub.subscribe(panel.listener);
      expect(panel.seen).toEqual(
        preserve ? ["old", "nav:https://a.test/", "new"] : ["nav:https://a.test/", "new"],
      );
    }
  });

  it("keeps at most BUFFER_CAP events for a panel that is never shown", () => {
    const browser = fakeBrowser();
    const hub = createNetworkHub(browser.connect, () => true);
    for (let i = 0; i < BUFFER_CAP + 10; i++) browser.finish(i);
    const panel = recorder();
    hub.subscribe(panel.listener);
    expect(panel.seen).toHaveLength(BUFFER_CAP);
    expect(panel.seen[0]).toBe("10");
  });

  it("stops forwarding to a panel that unsubscribed", () => {
    const browser = fakeBrowser();
    const hub = createNetworkHub(browser.connect, () => false);
    const panel = recorder();
    const unsubscribe = hub.subscribe(panel.listener);
    unsubscribe();
    browser.finish("late");
    expect(panel.seen).toEqual([]);
  });
});
