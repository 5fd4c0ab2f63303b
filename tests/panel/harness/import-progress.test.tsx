// @vitest-environment happy-dom
import { fireEvent } from "@testing-library/dom";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import type { ImportMessage } from "../../../src/panel/import/import-message";
import { demoRecords } from "../support/live-store";
import { mountPanel } from "./mount-panel";

let unmount = () => {};
afterEach(() => unmount());

describe("importing a large HAR file", () => {
  it("shows how far the reading is, keeps the list usable, and Cancel stops it", () => {
    let post = (_: ImportMessage) => {};
    let cancelled = false;
    const panel = mountPanel({
      harImport: (_file, on) => {
        post = on;
        return () => {
          cancelled = true;
        };
      },
    });
    unmount = panel.unmount;
    panel.replay(demoRecords().slice(0, 3));
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, "files", { value: [new File(["{}"], "big.har")] });
    fireEvent.change(input);
    act(() => post({ kind: "progress", read: 42, size: 100 }));
    expect(panel.view.getByText("Importing big.har… 42%")).toBeTruthy();
    expect(panel.view.getByRole("progressbar", { name: "Import progress" }).getAttribute("value")).toBe("42");
    expect(panel.view.getAllByRole("row")).toHaveLength(4);
    fireEvent.click(panel.view.getByRole("button", { name: "Cancel" }));
    expect(cancelled).toBe(true);
    expect(panel.view.queryByText(/Importing big\.har/)).toBeNull();
    expect(panel.view.getAllByRole("row")).toHaveLength(4);
  });
});
