import { describe, expect, it } from "vitest";
import { LiveCapture, type LiveFeed } from "../../src/core/capture";
import { awaitFeed, offerFeed, type PanelWindow } from "../../src/devtools/panel-handshake";

const feed: LiveFeed = new LiveCapture({ preserveLog: () => false });

describe("devtools page ↔ panel handshake", () => {
  it("attaches when the feed was offered before the panel started", () => {
    const win: PanelWindow = {};
    offerFeed(win, feed);
    const attached: LiveFeed[] = [];
    awaitFeed(win, (f) => attached.push(f));
    expect(attached).toEqual([feed]);
  });

  it("attaches when the panel started first, and only once however often the panel is shown", () => {
    const win: PanelWindow = {};
    const attached: LiveFeed[] = [];
    awaitFeed(win, (f) => attached.push(f));
    expect(attached).toEqual([]);
    offerFeed(win, feed);
    offerFeed(win, feed);
    win.statusLensAttach?.();
    expect(attached).toEqual([feed]);
  });
});
