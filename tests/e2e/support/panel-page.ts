import { CARD, CHIPS, READ_CHIP, READ_ROW, REQUEST_ROWS } from "../../../scripts/browser/panel-dom.js";
import type { TargetSession } from "../../../scripts/browser/target-session.js";
import { waitFor } from "../../../scripts/browser/target-session.js";

export interface RowView {
  code: string;
  text: string;
  method: string;
  /** Path and host, as the Name column shows them. */
  name: string;
  /** The full URL, from the Name cell's tooltip. */
  url: string;
  /** The Status cell's tooltip: the whole label, and what it could only approximate. */
  statusTitle: string;
  bucket: string;
}

const VIEW_TABS = JSON.stringify('[role="tablist"][aria-label="Views"] [role="tab"]');
/** A tab's name: its label, else its text without that of buttons inside it (a close button may sit in the tab). */
const TAB_NAME = `(tab) => {
  if (tab.getAttribute("aria-label")) return tab.getAttribute("aria-label").trim();
  const copy = tab.cloneNode(true);
  for (const button of copy.querySelectorAll("button")) button.remove();
  return copy.textContent.trim();
}`;

const DETAILS_TABS = JSON.stringify('section[aria-label="Request details"] [role="tab"]');

/** The list renders rows of this height, and past 300 rows only those in view (src/panel request-list). */
const ROW_HEIGHT = 21;
/** Height in px the grid is given while all rows are read: about 1,000 rows at a time. */
const TALL_GRID = 20_000;

/**
 * Reads and drives the Status panel's DOM the way a user sees it: visible text, roles and labels. Any session that
 * evaluates an expression in the panel page will do: Chromium's, or Firefox's (scripts/browser/firefox-toolbox.js),
 * which has no CDP commands (send).
 */
export class PanelPage {
  constructor(private readonly session: Pick<TargetSession, "evaluate" | "send">) {}

  /** The rows in the DOM: every row up to 300, past that only those in view. */
  rows(): Promise<RowView[]> {
    return this.session.evaluate(
      `[...document.querySelectorAll(${JSON.stringify(REQUEST_ROWS)})].map(${READ_ROW})`,
    );
  }

  /**
   * Every row of the list, however long: scrolls the grid and collects rows by aria-rowindex until
   * aria-rowcount - 1 are read. Reads again if the list changes while it reads.
   * The grid is made very tall while it is read, so each step renders about 1,000 rows: 20,000 rows take about
   * 5 s instead of 8 s at the panel's own height. Were that to stop working, reading only gets slower.
   */
  async allRows(): Promise<RowView[]> {
    await this.session.evaluate(`(() => {
      const grid = document.querySelector('[role="grid"]');
      if (grid) grid.style.minHeight = "${TALL_GRID}px";
    })()`);
    try {
      for (let attempt = 1; attempt <= 5; attempt++) {
        const rows = await this.readAllRowsOnce();
        if (rows) return rows;
      }
      throw new Error("the request list kept changing while it was read");
    } finally {
      await this.session.evaluate(`(() => {
        const grid = document.querySelector('[role="grid"]');
        if (grid) grid.style.minHeight = "";
      })()`);
    }
  }

  private async readAllRowsOnce(): Promise<RowView[] | undefined> {
    const rows: RowView[] = [];
    let count: number | undefined;
    do {
      const batch: { count: number; rows: RowView[] } | null = await this.session.evaluate(
        `(${readRowBatch})(${rows.length}, ${count ?? -1}, ${ROW_HEIGHT}, ${READ_ROW})`,
      );
      if (!batch) return undefined;
      count = batch.count;
      rows.push(...batch.rows);
    } while (rows.length < count);
    return rows;
  }

  /** The summary's "N / M requests": rows shown after filters, and all rows of the view. */
  async summaryTotals(): Promise<{ shown: number; total: number }> {
    const text: string = await this.session.evaluate(
      `document.querySelector('[aria-label="Status classes"]')?.textContent ?? ""`,
    );
    const match = /(\d+) \/ (\d+) requests/.exec(text);
    return { shown: Number(match?.[1] ?? 0), total: Number(match?.[2] ?? 0) };
  }

  /** Clicks the row whose full URL is `url` (the first, if several). */
  async clickRowByUrl(url: string, method?: string): Promise<void> {
    await this.session.evaluate(`(() => {
      const row = [...document.querySelectorAll(${JSON.stringify(REQUEST_ROWS)})].find((r) => {
        const read = (${READ_ROW})(r);
        return read.url === ${JSON.stringify(url)} && (${JSON.stringify(method ?? null)} ?? read.method) === read.method;
      });
      if (!row) throw new Error("no row for " + ${JSON.stringify(url)});
      row.click();
    })()`);
  }

  /** The view tabs (Live, an imported file): name and whether it is the one shown. */
  tabs(): Promise<Array<{ name: string; selected: boolean }>> {
    return this.session.evaluate(`[...document.querySelectorAll(${VIEW_TABS})]
      .map((tab) => ({ name: (${TAB_NAME})(tab), selected: tab.getAttribute("aria-selected") === "true" }))`);
  }

  async selectTab(name: string): Promise<void> {
    await this.session.evaluate(`(() => {
      const tab = [...document.querySelectorAll(${VIEW_TABS})].find((t) => (${TAB_NAME})(t) === ${JSON.stringify(name)});
      if (!tab) throw new Error("no view tab " + ${JSON.stringify(name)});
      tab.click();
    })()`);
  }

  /** Ticks or clears the toolbar's "Preserve log" box with a click, if it is not already so. */
  setPreserveLog(on: boolean): Promise<void> {
    return this.setToolbarCheck("Preserve log", on);
  }

  /** Ticks or clears the toolbar's "Show secrets" box with a click, if it is not already so. */
  setShowSecrets(on: boolean): Promise<void> {
    return this.setToolbarCheck("Show secrets", on);
  }

  /** Ticks or clears the toolbar checkbox labelled `label`; waits for the toolbar while the panel page starts. */
  private async setToolbarCheck(label: string, on: boolean): Promise<void> {
    await waitFor(`the ${label} box to be ticked as wanted`, () =>
      this.session.evaluate(`(() => {
        const box = [...document.querySelectorAll('[role="toolbar"] label')]
          .find((l) => l.textContent.trim() === ${JSON.stringify(label)})?.querySelector('input[type="checkbox"]');
        if (box && box.checked !== ${on}) box.click();
        return box?.checked === ${on};
      })()`),
    );
  }

  /** Clicks the button labelled `label` (e.g. "Close chromium-demo.har"). */
  async clickButton(label: string): Promise<void> {
    await this.session.evaluate(`(() => {
      const button = document.querySelector(${JSON.stringify(`button[aria-label="${label}"]`)});
      if (!button) throw new Error("no button " + ${JSON.stringify(label)});
      button.click();
    })()`);
  }

  /** Chip label → count, as shown on the chips. */
  chips(): Promise<Record<string, number>> {
    return this.session.evaluate(
      `Object.fromEntries([...document.querySelectorAll(${JSON.stringify(CHIPS)})].map(${READ_CHIP}))`,
    );
  }

  async clickRow(predicate: string): Promise<void> {
    await this.session.evaluate(`(() => {
      const row = [...document.querySelectorAll(${JSON.stringify(REQUEST_ROWS)})].find((tr) => (${predicate})(tr.textContent));
      if (!row) throw new Error("no row matches ${predicate.replaceAll('"', "'")}");
      row.click();
    })()`);
  }

  cardTitle(): Promise<string | null> {
    return this.session.evaluate(
      `document.querySelector(${JSON.stringify(`${CARD} h2`)})?.textContent ?? null`,
    );
  }

  /** The selected row, as read by READ_ROW; null when none. */
  selectedRow(): Promise<RowView | null> {
    return this.session.evaluate(
      `[...document.querySelectorAll(${JSON.stringify(`${REQUEST_ROWS}[aria-selected="true"]`)})].map(${READ_ROW})[0] ?? null`,
    );
  }

  cardText(): Promise<string> {
    return this.session.evaluate(`document.querySelector(${JSON.stringify(CARD)})?.innerText ?? ""`);
  }

  /** Shows a tab of the request details ("Headers", "Payload", "Response", "Timing"). */
  async openDetailsTab(name: string): Promise<void> {
    await this.session.evaluate(`(() => {
      const tab = [...document.querySelectorAll(${DETAILS_TABS})].find((t) => t.textContent.trim() === ${JSON.stringify(name)});
      if (!tab) throw new Error("no request details tab " + ${JSON.stringify(name)});
      tab.click();
    })()`);
  }

  /** A list of the request details ("Response headers", "Request headers", …) as "Name: value" lines. */
  detailsPairs(section: string): Promise<string[]> {
    return this.session.evaluate(`[...document.querySelectorAll(${JSON.stringify(`section[aria-label="Request details"] section[aria-label="${section}"] dt`)})]
      .map((dt) => dt.textContent + ": " + dt.nextElementSibling?.textContent)`);
  }

  /** All the text of the request details' open tab. */
  detailsText(): Promise<string> {
    return this.session.evaluate(
      `document.querySelector('section[aria-label="Request details"] [role="tabpanel"]')?.textContent ?? ""`,
    );
  }

  /** The body shown in the request details' open tab, as text; "" while there is none. */
  detailsBody(): Promise<string> {
    return this.session.evaluate(
      `document.querySelector('section[aria-label="Request details"] [role="tabpanel"] pre')?.textContent ?? ""`,
    );
  }

  /** Clicks Export listed or Export all in the toolbar; the file downloads as the browser saves it. */
  async exportHar(scope: "listed" | "all"): Promise<void> {
    const label = scope === "all" ? "Export all" : "Export listed";
    await this.session.evaluate(`(() => {
      const group = document.querySelector('fieldset[aria-label="Export HAR"]');
      const button = [...(group?.querySelectorAll("button") ?? [])].find((b) => b.textContent.trim() === ${JSON.stringify(label)});
      if (!button) throw new Error("no button " + ${JSON.stringify(label)});
      button.click();
    })()`);
  }

  /** What the export says it did, beside its buttons. */
  exportStatus(): Promise<string> {
    return this.session.evaluate(
      `document.querySelector('fieldset[aria-label="Export HAR"] [role="status"]')?.textContent ?? ""`,
    );
  }

  /** Types `query` into the toolbar's reference lookup, as a user would. */
  async lookUp(query: string): Promise<void> {
    await this.session.evaluate(`(() => {
      const box = document.querySelector('input[aria-label="Look up a status code or error"]');
      if (!box) throw new Error("no lookup field");
      box.focus();
      box.value = ${JSON.stringify(query)};
      box.dispatchEvent(new InputEvent("input", { bubbles: true }));
    })()`);
  }

  /** Whether the panel shows its drop target (a file is being dragged over it). */
  dropTargetShown(): Promise<boolean> {
    return this.session.evaluate(
      `Boolean(document.querySelector(".drop-target")?.textContent.includes("Drop a HAR file"))`,
    );
  }

  /**
   * Drags the file at `path` from outside over the middle of the panel ("hover"), then lets it go ("drop"), as
   * from a file manager: CDP Input.dispatchDragEvent on the panel's own target.
   */
  async dragFile(path: string, step: "hover" | "drop"): Promise<void> {
    const [width, height] = await this.session.evaluate("[innerWidth, innerHeight]");
    const at = { x: Math.round(width / 2), y: Math.round(height / 2) };
    const data = { items: [], files: [path], dragOperationsMask: 1 };
    for (const type of step === "hover" ? ["dragEnter", "dragOver"] : ["drop"]) {
      await this.session.send("Input.dispatchDragEvent", { type, ...at, data });
    }
  }

  /** Picks a file in the panel's "Import HAR" input, as the file dialog would. */
  async importFile(path: string): Promise<void> {
    const { root } = await this.session.send("DOM.getDocument");
    const { nodeId } = await this.session.send("DOM.querySelector", {
      nodeId: root.nodeId,
      selector: 'input[type="file"]',
    });
    await this.session.send("DOM.setFileInputFiles", { nodeId, files: [path] });
  }

  /** Polls the panel until the rows satisfy `done`. */
  waitForRows(what: string, done: (rows: RowView[]) => boolean, timeoutMs = 20_000): Promise<RowView[]> {
    return waitFor(
      what,
      async () => {
        const rows = await this.rows();
        return done(rows) && rows;
      },
      timeoutMs,
    );
  }
}

/**
 * Runs in the panel (a string, so no test-side transform leaks into it): reads rows from position `from` (0-based)
 * on, scrolling the grid down, for at most about 1.5 s. Returns null when the row count is not `expected` (the list
 * changed since the last batch). The list renders the rows in view plus some below, so each step scrolls the next
 * unread row to the top and waits a frame or more for it to render.
 */
const readRowBatch = `async (from, expected, rowHeight, readRow) => {
  const grid = document.querySelector('[role="grid"]');
  const countNow = () => (grid ? Number(grid.getAttribute("aria-rowcount")) - 1 : 0);
  const count = countNow();
  if (expected >= 0 && count !== expected) return null;
  // Data rows are aria-rowindex 2…count+1; the header is 1.
  const index = (row) => Number(row.getAttribute("aria-rowindex")) - 2;
  const rows = [];
  const deadline = performance.now() + 1500;
  let next = from;
  while (next < count && performance.now() < deadline) {
    const rendered = [...grid.querySelectorAll('[role="row"][aria-rowindex]')].filter((r) => index(r) >= next);
    rendered.sort((a, b) => index(a) - index(b));
    for (const row of rendered) {
      if (index(row) !== next) break;
      rows.push(readRow(row));
      next++;
    }
    if (next >= count) break;
    grid.scrollTop = next * rowHeight;
    for (let frame = 0; frame < 100; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (countNow() !== count) return null;
      if (grid.querySelector('[role="row"][aria-rowindex="' + (next + 2) + '"]')) break;
    }
  }
  return { count, rows };
}`;
