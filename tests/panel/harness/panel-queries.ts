import { within } from "@testing-library/dom";
import type { MountedPanel } from "./mount-panel";

/** One list row as a user reads it, cell by cell. */
export interface ShownRow {
  /** The Status cell: code and text, e.g. "404 Nothing Here". */
  status: string;
  method: string;
  /** The Name cell: path and host. */
  name: string;
  /** The Class cell, e.g. "4xx", "Failed", "Pending". */
  cls: string;
}

const text = (element: Element) => (element.textContent ?? "").trim();

/** The grid's column headers, left to right, by their text ("Status", "Size", …). */
export function columnHeaders({ view }: MountedPanel): string[] {
  const grid = view.getByRole("grid", { name: "Requests" });
  return within(grid).getAllByRole("columnheader").map(text);
}

/** Each data row (the header row aside) as header name → the cell's text; a hidden column is absent. */
export function shownCells(panel: MountedPanel): Record<string, string>[] {
  const headers = columnHeaders(panel);
  const grid = panel.view.getByRole("grid", { name: "Requests" });
  return within(grid)
    .getAllByRole("row")
    .filter((row) => within(row).queryAllByRole("gridcell").length > 0)
    .map((row) =>
      Object.fromEntries(
        within(row)
          .getAllByRole("gridcell")
          .map((cell, i) => [headers[i] ?? `#${i}`, text(cell)]),
      ),
    );
}

/** The row of `method` whose Name starts with `path` (then a space and the host): to click, as a user would. */
export function requestRow({ view }: MountedPanel, method: string, path: string): HTMLElement {
  const grid = view.getByRole("grid", { name: "Requests" });
  const found = within(grid)
    .getAllByRole("row")
    .find((r) => {
      const cells = within(r).queryAllByRole("gridcell").map(text);
      return cells.includes(method) && cells.some((c) => c.startsWith(`${path} `));
    });
  if (!found) throw new Error(`no ${method} ${path} row`);
  return found;
}

/** The grid's data rows, read by column name. */
export function shownRows(panel: MountedPanel): ShownRow[] {
  return shownCells(panel).map((cells) => ({
    status: cells.Status ?? "",
    method: cells.Method ?? "",
    name: cells.Name ?? "",
    cls: cells.Class ?? "",
  }));
}

/** The tooltip of a row's cell under `header`. */
export function cellTitle(panel: MountedPanel, row: HTMLElement, header: string): string | null {
  const index = columnHeaders(panel).indexOf(header);
  return within(row).getAllByRole("gridcell")[index]?.getAttribute("title") ?? null;
}

/** The first row whose visible text holds `text`, e.g. "/status/404 " (a Name cell's path, then the host). */
export function rowWith(panel: MountedPanel, text: string): HTMLElement {
  const grid = panel.view.getByRole("grid", { name: "Requests" });
  const row = within(grid)
    .getAllByRole("row")
    .find((r) =>
      within(r)
        .queryAllByRole("gridcell")
        .some((cell) => cell.textContent?.includes(text)),
    );
  if (!row) throw new Error(`no row shows ${text}`);
  return row;
}

/** The class chips: the toolbar's buttons, not those of the Failed chip's kinds. */
function classChips({ view }: MountedPanel): HTMLElement[] {
  const bar = view.getByRole("toolbar", { name: "Status classes" });
  const kinds = within(bar).queryByRole("group", { name: "Failed requests by kind" });
  return within(bar)
    .getAllByRole("button")
    .filter((button) => !kinds?.contains(button));
}

/** The chips of the "Status classes" toolbar: label → count, as shown on each (label, then its count). */
export function chipCounts(panel: MountedPanel): Record<string, number> {
  return Object.fromEntries(
    classChips(panel)
      .map((chip) => /^(.*?)(\d+)$/.exec(text(chip)))
      .filter((match) => match !== null)
      .map(([, label, count]) => [label, Number(count)]),
  );
}

export function chip(panel: MountedPanel, label: string): HTMLElement {
  const found = classChips(panel).find((b) => new RegExp(`^${label}\\d+$`).test(text(b)));
  if (!found) throw new Error(`no chip ${label}`);
  return found;
}

/** The open explanation card and its title (its level-2 heading). */
/** The Failed chip's kinds: label → count, e.g. { network: 2, CORS: 1 }. */
export function failureKindCounts({ view }: MountedPanel): Record<string, number> {
  const bar = view.getByRole("toolbar", { name: "Status classes" });
  const kinds = within(bar).queryByRole("group", { name: "Failed requests by kind" });
  if (!kinds) return {};
  return Object.fromEntries(
    within(kinds)
      .getAllByRole("button")
      .map((b) => /^(.*?) (\d+)$/.exec(text(b)))
      .filter((match) => match !== null)
      .map(([, label, count]) => [label, Number(count)]),
  );
}

export function card({ view }: MountedPanel): { title: string; text: string } | null {
  const region = view.queryByRole("region", { name: /^Explanation/ });
  if (!region) return null;
  return { title: text(within(region).getByRole("heading", { level: 2 })), text: text(region) };
}
