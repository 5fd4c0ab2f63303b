import { describe, expect, it } from "vitest";
import { createPanelStore } from "../../../src/panel/state/panel-store";
import { UI } from "../../../src/panel/strings";

const { logRead: logReadText, dropped: droppedText, fileBanner: fileBannerText } = UI.views;

describe("what the panel says about its views", () => {
  it.each([
    [undefined, 0, "log not read yet"],
    [1_000, 1_999, "log read just now"],
    [1_000, 4_500, "log read 3 s ago"],
    [1_000, 60_999, "log read 59 s ago"],
    [1_000, 181_000, "log read 3 min ago"],
    [5_000, 1_000, "log read just now"],
  ])("log read at %s, now %s: %s", (at, now, text) => {
    expect(logReadText(at, now)).toBe(text);
  });

  it("counts drops with separators, one in the singular", () => {
    expect(droppedText(1_234, 100_000)).toBe(
      "1,234 oldest requests dropped: the live list keeps the newest 100,000. " +
        "Export HAR from DevTools' Network panel first to keep them all.",
    );
    expect(droppedText(1, 100_000)).toMatch(/^1 oldest request dropped:/);
  });

  it("names the file and the live count in the file view's banner", () => {
    expect(fileBannerText("capture.har", 120, 1)).toBe(
      "Showing capture.har: 120 requests from the file. Live capture goes on: 1 request.",
    );
  });

  it("shows an empty live view before the capture is handed over", () => {
    const store = createPanelStore({ now: () => 0 });
    expect(store.view.value.kind).toBe("live");
    expect(store.total.value).toBe(0);
    expect(store.visible.value.rows.length).toBe(0);
    expect(store.live.logRead.value).toBe("log not read yet");
    expect(store.live.droppedNotice.value).toBeNull();
  });
});
