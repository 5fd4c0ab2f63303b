// @vitest-environment happy-dom
import { fireEvent } from "@testing-library/dom";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TOOLBAR_AND_KEYS as T } from "../../../src/panel/strings/toolbar-and-keys";
import { DEMO_HAR_TEXT, demoRecords } from "../support/live-store";
import { type MountedPanel, mountPanel } from "./mount-panel";

let panel: MountedPanel;
beforeEach(() => {
  panel = mountPanel();
  panel.replay(demoRecords());
});
afterEach(() => panel.unmount());

describe("Pause/Resume recording, as the Network panel's record button", () => {
  it("pauses the live capture and says so over the list; Resume takes it back", () => {
    fireEvent.click(panel.view.getByRole("button", { name: T.pauseRecording }));
    expect(panel.feed.recording).toBe(false);
    expect(panel.view.getByText(T.pausedNotice)).toBeTruthy();

    fireEvent.click(panel.view.getByRole("button", { name: T.resumeRecording }));
    expect(panel.feed.recording).toBe(true);
    expect(panel.view.queryByText(T.pausedNotice)).toBeNull();
    expect(panel.view.getByRole("button", { name: T.pauseRecording })).toBeTruthy();
  });

  it("shows the paused notice only over the live list, not over an imported file", () => {
    fireEvent.click(panel.view.getByRole("button", { name: T.pauseRecording }));
    act(() => panel.store.importHar(DEMO_HAR_TEXT, "demo.har"));
    expect(panel.view.getByText(/^Showing demo\.har/)).toBeTruthy();
    expect(panel.view.queryByText(T.pausedNotice)).toBeNull();
  });
});
