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

/** The request grid's data rows (the header row aside), read by their gridcells. */
export function shownRows({ view }: MountedPanel): ShownRow[] {
  const grid = view.getByRole("grid", { name: "Requests" });
  return within(grid)
    .getAllByRole("row")
    .filter((row) => within(row).queryAllByRole("gridcell").length > 0)
    .map((row) => {
      const [status = "", method = "", name = "", , cls = ""] = within(row)
        .getAllByRole("gridcell")
        .map(text);
      return { status, method, name, cls };
    });
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

/** The chips of the "Status classes" toolbar: label → count, as shown on each (label, then its count). */
export function chipCounts({ view }: MountedPanel): Record<string, number> {
  const bar = view.getByRole("toolbar", { name: "Status classes" });
  return Object.fromEntries(
    within(bar)
      .getAllByRole("button")
      .map((chip) => /^(.*?)(\d+)$/.exec(text(chip)))
      .filter((match) => match !== null)
      .map(([, label, count]) => [label, Number(count)]),
  );
}

export function chip({ view }: MountedPanel, label: string): HTMLElement {
  const bar = view.getByRole("toolbar", { name: "Status classes" });
  const found = within(bar)
    .getAllByRole("button")
    .find((b) => new RegExp(`^${label}\\d+$`).test(text(b)));
  if (!found) throw new Error(`no chip ${label}`);
  return found;
}

/** The open explanation card and its title (its level-2 heading). */
export function card({ view }: MountedPanel): { title: string; text: string } | null {
  const region = view.queryByRole("region", { name: /^Explanation/ });
  if (!region) return null;
  return { title: text(within(region).getByRole("heading", { level: 2 })), text: text(region) };
}
