// @vitest-environment happy-dom

import { fireEvent } from "@testing-library/dom";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { recordWith } from "../../core/record-builder";
import { type MountedPanel, mountPanel } from "./mount-panel";
import { card, rowWith } from "./panel-queries";

let panel: MountedPanel;
beforeEach(() => {
  vi.useFakeTimers();
  panel = mountPanel();
});
afterEach(() => {
  panel.unmount();
  vi.useRealTimers();
});

/** Moves the panel's clock and lets the card's one-second timer fire. */
const wait = (ms: number) =>
  act(() => {
    panel.clock.now += ms;
    vi.advanceTimersByTime(ms);
  });

const limited = (startedMsAgo: number, path: string) =>
  recordWith({
    url: `https://api.example${path}`,
    status: 429,
    startedDateTime: new Date(panel.clock.now - startedMsAgo).toISOString(),
    timeMs: 0,
    responseHeaders: { "Retry-After": "30" },
  });

describe("Retry-After on the card", () => {
  it("counts down from the response's own time while the card is open, then says the wait is over", () => {
    panel.replay([limited(2_000, "/search")]);
    fireEvent.click(rowWith(panel, "/search "));
    expect(card(panel)?.text).toMatch(/wait 30 s after the response, until \d\d:\d\d:\d\d.*28 s left\./);
    wait(10_000);
    expect(card(panel)?.text).toMatch(/18 s left\./);
    wait(18_000);
    expect(card(panel)?.text).toMatch(/The wait is over\./);
  });

  it("says the wait ended long ago for a response captured yesterday", () => {
    panel.replay([limited(86_400_000, "/yesterday")]);
    fireEvent.click(rowWith(panel, "/yesterday "));
    expect(card(panel)?.text).toMatch(/wait 30 s after the response.*The wait ended 23 h ago\./);
  });
});
