import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDemo } from "../../scripts/browser/open-demo.js";
import { waitFor } from "../../scripts/browser/target-session.js";
import { PanelPage } from "./support/panel-page";

/** A column header's box in the panel page, found by its text. */
const headerBox = (name: string) => `(() => {
  const header = [...document.querySelectorAll('[role="columnheader"]')].find((h) => h.textContent.trim() === ${JSON.stringify(name)});
  if (!header) return null;
  const box = header.getBoundingClientRect();
  return { left: box.left, right: box.right, top: box.top, bottom: box.bottom, width: box.width };
})()`;

/** Where the panel's iframe sits in DevTools' window, searched through DevTools' shadow roots. */
const PANEL_FRAME_OFFSET = `(() => {
  const find = (root) => {
    for (const element of root.querySelectorAll("*")) {
      if (element.tagName === "IFRAME" && /src\\/panel\\/panel\\.html/.test(element.src)) return element;
      const inner = element.shadowRoot && find(element.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  const box = find(document)?.getBoundingClientRect();
  return box ? { x: box.left, y: box.top } : null;
})()`;

describe("the list's layout in the real panel", () => {
  let session: Awaited<ReturnType<typeof openDemo>>;
  let panel: PanelPage;
  type Box = { left: number; right: number; top: number; bottom: number; width: number };
  const box = (name: string): Promise<Box | null> => session.panel.evaluate(headerBox(name));

  beforeAll(async () => {
    session = await openDemo({ headless: true });
    panel = new PanelPage(session.panel);
    await panel.waitForRows("the demo's rows", (rows) => rows.length >= 40);
  });

  afterAll(async () => {
    await session?.close();
  });

  it("keeps a column width dragged with the mouse after the panel is reloaded", async () => {
    const before = await box("Status");
    const frame: { x: number; y: number } | null =
      await session.handles.devtools.evaluate(PANEL_FRAME_OFFSET);
    if (!before || !frame) throw new Error("no Status header or no panel frame");
    // A real drag, through DevTools' window: the pointer events reach the panel's resize handle as a user's would.
    const y = frame.y + (before.top + before.bottom) / 2;
    const x = frame.x + before.right - 2;
    const mouse = (type: string, at: number) =>
      session.handles.devtools.send("Input.dispatchMouseEvent", {
        type,
        x: at,
        y,
        button: "left",
        buttons: type === "mouseReleased" ? 0 : 1,
        clickCount: 1,
      });
    await mouse("mouseMoved", x);
    await mouse("mousePressed", x);
    for (const step of [20, 40, 60, 80]) await mouse("mouseMoved", x + step);
    await mouse("mouseReleased", x + 80);
    const dragged = (await box("Status"))?.width ?? 0;
    expect(dragged).toBeGreaterThan(before.width + 60);

    // A mark the reload wipes out, so the width below is read from a new panel page.
    await session.panel.evaluate("window.beforeReload = true; setTimeout(() => location.reload(), 0), true");
    await waitFor("the panel to list rows again after its reload", async () => {
      const reloaded = await session.panel.evaluate("window.beforeReload === undefined").catch(() => false);
      const rows = reloaded ? await panel.rows().catch(() => []) : [];
      return rows.length >= 40;
    });
    console.info(
      `Status column: ${before.width} px, dragged to ${dragged} px, after the reload ${(await box("Status"))?.width} px`,
    );
    expect((await box("Status"))?.width).toBeCloseTo(dragged, 0);
  });

  it("sorts by status from a header click: failures grouped first, then codes in order", async () => {
    await session.panel.evaluate(`(() => {
      const header = [...document.querySelectorAll('[role="columnheader"]')].find((h) => h.textContent.trim() === "Status");
      header.querySelector("button").click();
      return header.getAttribute("aria-sort");
    })()`);
    const sort = await session.panel.evaluate(
      `[...document.querySelectorAll('[role="columnheader"]')].find((h) => h.textContent.trim() === "Status").getAttribute("aria-sort")`,
    );
    expect(sort).toBe("ascending");
    const codes = (await panel.rows()).map((row) => row.code);
    // Chrome's labels for no status: "(failed)", "(canceled)", "(blocked:other)", "CORS error".
    const failures = codes.filter((code) => !/^\d+$/.test(code));
    expect(failures.length).toBeGreaterThanOrEqual(5);
    expect(codes.slice(0, failures.length)).toEqual(failures);
    const numbers = codes.slice(failures.length).map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers[0]).toBe(101);
  });
});
