import { describe, expect, it } from "vitest";
import type { NetworkHub } from "../../src/devtools/network-hub";
import { awaitHub, offerHub, type PanelWindow } from "../../src/devtools/panel-handshake";

const hub: NetworkHub = { subscribe: () => () => {} };

describe("devtools page ↔ panel handshake", () => {
  it("attaches when the hub was offered before the panel started", () => {
    const win: PanelWindow = {};
    offerHub(win, hub);
    const attached: NetworkHub[] = [];
    awaitHub(win, (h) => attached.push(h));
    expect(attached).toEqual([hub]);
  });

  it("attaches when the panel started first, and only once however often the panel is shown", () => {
    const win: PanelWindow = {};
    const attached: NetworkHub[] = [];
    awaitHub(win, (h) => attached.push(h));
    expect(attached).toEqual([]);
    offerHub(win, hub);
    offerHub(win, hub);
    win.statusLensAttach?.();
    expect(attached).toEqual([hub]);
  });
});
