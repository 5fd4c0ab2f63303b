// @vitest-environment happy-dom
import { fireEvent, within } from "@testing-library/dom";
import { afterEach, describe, expect, it } from "vitest";
import { type LayoutStorage, LIST_LAYOUT_KEY } from "../../../src/panel/state/list-layout";
import { recordWith } from "../../core/record-builder";
import { demoRecords } from "../support/live-store";
import { type MountedPanel, mountPanel } from "./mount-panel";
import {
  cellTitle,
  chip,
  columnHeaders,
  failureKindCounts,
  rowWith,
  shownCells,
  shownRows,
} from "./panel-queries";

let panel: MountedPanel;
afterEach(() => panel.unmount());

/** The panel's localStorage, as a map the test can read. */
function fakeStorage(stored?: string): LayoutStorage & { saved: () => unknown } {
  const items = new Map<string, string>();
  if (stored !== undefined) items.set(LIST_LAYOUT_KEY, stored);
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    saved: () => JSON.parse(items.get(LIST_LAYOUT_KEY) ?? "null"),
  };
}

function mountDemo(stored?: string) {
  const storage = fakeStorage(stored);
  panel = mountPanel({ layoutStorage: storage });
  panel.replay(demoRecords());
  return storage;
}

const header = (name: string) =>
  panel.view.getAllByRole("columnheader").find((h) => h.textContent?.trim() === name) as HTMLElement;
const sortBy = (name: string) => fireEvent.click(within(header(name)).getByRole("button", { name }));
const column = (name: string) => shownCells(panel).map((cells) => cells[name]);
const paths = () => shownRows(panel).map((r) => r.name.split(" ")[0]);

describe("the list's columns", () => {
  it("shows the columns a Network-panel user expects, with a class marker that is not the code again", () => {
    mountDemo();
    expect(columnHeaders(panel)).toEqual(["Class", "Status", "Method", "Name", "Type", "Size", "Time"]);
    const notFound = shownCells(panel).find((c) => c.Name?.startsWith("/status/404 "));
    // The marker's text is the chip's label, for screen readers; on screen it is a shape drawn by CSS.
    expect(notFound).toMatchObject({ Class: "4xx", Status: "404 Nothing Here", Type: "fetch" });
    expect(cellTitle(panel, rowWith(panel, "/status/404 "), "Class")).toBe("4xx: client error");
    // The whole failure reason is in the Status cell's tooltip, however narrow the column.
    expect(cellTitle(panel, rowWith(panel, "/unreachable "), "Status")).toMatch(/ERR_CONNECTION_REFUSED$/);
  });

  it("writes sizes and times as Chrome does, with the resource size in the Size tooltip", () => {
    mountDemo();
    const script = shownCells(panel).find((c) => c.Name?.startsWith("/demo.js "));
    expect(script).toMatchObject({ Size: "2.8 kB", Time: "74 ms" });
    expect(cellTitle(panel, rowWith(panel, "/demo.js "), "Size")).toBe(
      "2.8 kB transferred over network, resource size: 2.6 kB",
    );
    const later = { startedDateTime: "2099-01-01T00:00:00.000Z" };
    panel.replay([
      recordWith({ ...later, url: "https://cdn.example/slow.js", timeMs: 1234, transferSize: 345_600 }),
      recordWith({
        ...later,
        url: "https://cdn.example/cached.css",
        fromCache: "memory",
        transferSize: 0,
        timeMs: 0,
      }),
      recordWith({
        ...later,
        url: "https://cdn.example/waiting",
        status: 0,
        pending: true,
        bucket: "failed",
      }),
    ]);
    expect(shownCells(panel).slice(-3)).toEqual([
      expect.objectContaining({ Size: "346 kB", Time: "1.23 s" }),
      expect.objectContaining({ Size: "(memory cache)", Time: "0 ms" }),
      expect.objectContaining({
        Status: "(pending)",
        Size: "(pending)",
        Time: "(pending)",
        Class: "Pending",
      }),
    ]);
  });
});

describe("sorting by a header click", () => {
  it("sorts by status ascending (failures grouped first), then descending, then back to start-time order", () => {
    mountDemo();
    sortBy("Status");
    expect(header("Status").getAttribute("aria-sort")).toBe("ascending");
    const ascending = column("Status");
    // Failures first, grouped by kind (canceled, CORS, network, blocked… in kind order), then codes by number.
    expect(ascending.slice(0, 5).every((s) => !/^\d/.test(s ?? ""))).toBe(true);
    expect(ascending.slice(5, 7)).toEqual(["101 Switching Protocols", "200 OK"]);
    expect(ascending.at(-1)).toMatch(/^599/);

    sortBy("Status");
    expect(header("Status").getAttribute("aria-sort")).toBe("descending");
    expect(column("Status")[0]).toMatch(/^599/);
    expect(column("Status").at(-1)).not.toMatch(/^\d/);

    sortBy("Status");
    expect(header("Status").hasAttribute("aria-sort")).toBe(false);
    expect(paths().slice(0, 3)).toEqual(["/", "/demo.css", "/demo.js"]);
  });

  it("sorts by time numerically, and puts a request arriving later in its sorted place", () => {
    mountDemo();
    sortBy("Time");
    sortBy("Time");
    expect(header("Time").getAttribute("aria-sort")).toBe("descending");
    expect(column("Time").slice(0, 3)).toEqual(["102 ms", "74 ms", "72 ms"]);

    panel.replay([
      recordWith({ url: "https://api.example/report", timeMs: 80 }),
      recordWith({ url: "https://api.example/export", timeMs: 2500 }),
    ]);
    expect(paths().slice(0, 4)).toEqual(["/export", "/slow", "/report", "/demo.js"]);
    expect(column("Time").slice(0, 4)).toEqual(["2.50 s", "102 ms", "80 ms", "74 ms"]);
  });
});

describe("the header's columns menu", () => {
  it("hides and shows a column from a right-click on the header; Status and Name stay", () => {
    const storage = mountDemo();
    fireEvent.contextMenu(header("Method"));
    const menu = panel.view.getByRole("menu", { name: "Columns" });
    const item = (name: string) => within(menu).getByRole("menuitemcheckbox", { name });
    expect(item("Method").getAttribute("aria-checked")).toBe("true");
    fireEvent.click(item("Method"));
    expect(columnHeaders(panel)).not.toContain("Method");
    expect(shownRows(panel)[0]?.method).toBe("");
    expect(storage.saved()).toMatchObject({ hidden: ["method"] });

    expect(item("Status").getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(item("Status"));
    fireEvent.click(item("Name"));
    expect(columnHeaders(panel)).toEqual(["Class", "Status", "Name", "Type", "Size", "Time"]);

    fireEvent.click(item("Method"));
    expect(columnHeaders(panel)).toContain("Method");
  });

  it("closes on Esc (the panel's key, not the menu's) and gives focus back to the grid", () => {
    mountDemo();
    fireEvent.contextMenu(header("Method"));
    const menu = panel.view.getByRole("menu", { name: "Columns" });
    expect(menu.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement as Element, { key: "Escape" });
    expect(panel.view.queryByRole("menu", { name: "Columns" })).toBeNull();
    expect(document.activeElement).toBe(panel.view.getByRole("grid", { name: "Requests" }));
  });

  it("resizes a column from the keyboard on its edge, and remembers the width", () => {
    const storage = mountDemo();
    const edge = panel.view.getByRole("separator", { name: "Resize Status column" });
    expect(edge.getAttribute("aria-valuenow")).toBe("220");
    fireEvent.keyDown(edge, { key: "ArrowRight" });
    fireEvent.keyDown(edge, { key: "ArrowRight", shiftKey: true });
    expect(edge.getAttribute("aria-valuenow")).toBe("260");
    expect(storage.saved()).toMatchObject({ widths: { status: 260 } });
    // The arrows resize; they do not move the selection or open a card.
    expect(panel.view.queryByRole("region", { name: /^Explanation/ })).toBeNull();
  });
});

describe("the layout kept across sessions", () => {
  it("applies the stored widths, hidden columns and sort on mount", () => {
    mountDemo(
      JSON.stringify({
        widths: { status: 300 },
        hidden: ["type", "size"],
        order: { column: "time", direction: "descending" },
      }),
    );
    expect(columnHeaders(panel)).toEqual(["Class", "Status", "Method", "Name", "Time"]);
    expect(
      panel.view.getByRole("separator", { name: "Resize Status column" }).getAttribute("aria-valuenow"),
    ).toBe("300");
    expect(header("Time").getAttribute("aria-sort")).toBe("descending");
    expect(paths()[0]).toBe("/slow");
  });

  it.each([
    ["not JSON", "{widths: 300"],
    [
      "wrong types",
      JSON.stringify({ widths: { status: "wide" }, hidden: "all", order: { column: "colour" } }),
    ],
    ["Name and Status hidden", JSON.stringify({ hidden: ["name", "status"] })],
    ["a number", "42"],
  ])("ignores a stored value that is %s, falling back to the defaults", (_, stored) => {
    mountDemo(stored);
    expect(columnHeaders(panel)).toEqual(["Class", "Status", "Method", "Name", "Type", "Size", "Time"]);
    expect(
      panel.view.getByRole("separator", { name: "Resize Status column" }).getAttribute("aria-valuenow"),
    ).toBe("220");
    expect(paths()[0]).toBe("/");
  });
});

describe("the class chips", () => {
  it("combines classes with Ctrl/Cmd-click; a plain click shows one class again", () => {
    mountDemo();
    fireEvent.click(chip(panel, "4xx"));
    fireEvent.click(chip(panel, "5xx"), { ctrlKey: true });
    expect(chip(panel, "4xx").getAttribute("aria-pressed")).toBe("true");
    expect(chip(panel, "5xx").getAttribute("aria-pressed")).toBe("true");
    expect(new Set(shownRows(panel).map((r) => r.cls))).toEqual(new Set(["4xx", "5xx"]));
    expect(shownRows(panel)).toHaveLength(15);

    fireEvent.click(chip(panel, "Failed"), { metaKey: true });
    expect(shownRows(panel)).toHaveLength(20);
    fireEvent.click(chip(panel, "4xx"), { ctrlKey: true });
    expect(new Set(shownRows(panel).map((r) => r.cls))).toEqual(new Set(["5xx", "Failed"]));

    fireEvent.click(chip(panel, "2xx"));
    expect(["4xx", "5xx", "Failed"].map((c) => chip(panel, c).getAttribute("aria-pressed"))).toEqual([
      "false",
      "false",
      "false",
    ]);
    expect(new Set(shownRows(panel).map((r) => r.cls))).toEqual(new Set(["2xx"]));
    fireEvent.click(chip(panel, "2xx"));
    expect(shownRows(panel)).toHaveLength(60);
  });

  it("shows Failed's kinds with their counts, each a one-click is: filter", () => {
    mountDemo();
    expect(failureKindCounts(panel)).toEqual({ network: 2, blocked: 1, canceled: 1, CORS: 1 });
    const kinds = panel.view.getByRole("group", { name: "Failed requests by kind" });
    fireEvent.click(within(kinds).getByRole("button", { name: /^CORS/ }));
    const filter = panel.view.getByRole("searchbox", { name: "Filter requests" }) as HTMLInputElement;
    expect(filter.value).toBe("is:cors");
    expect(paths()).toEqual(["/data"]);
    expect(within(kinds).getByRole("button", { name: /^CORS/ }).getAttribute("aria-pressed")).toBe("true");

    fireEvent.click(within(kinds).getByRole("button", { name: /^network/ }));
    expect(filter.value).toBe("is:network");
    expect(paths().sort()).toEqual(["/loop/a", "/unreachable"]);

    fireEvent.click(within(kinds).getByRole("button", { name: /^network/ }));
    expect(filter.value).toBe("");
    expect(shownRows(panel)).toHaveLength(60);
  });
});
