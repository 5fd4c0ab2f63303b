// @vitest-environment happy-dom
import { fireEvent, within } from "@testing-library/dom";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PanelDevtoolsActions } from "../../../src/panel/state/devtools-actions";
import { SHARE } from "../../../src/panel/strings/share";
import { TOOLBAR_AND_KEYS as T } from "../../../src/panel/strings/toolbar-and-keys";
import { demoRecords } from "../support/live-store";
import { type MountedPanel, mountPanel } from "./mount-panel";
import { card, rowWith, shownRows } from "./panel-queries";

let panel: MountedPanel;
/** Keys that reached `document` in the bubble phase, where DevTools' extension API listens and forwards them. */
let reachedDevtools: string[];
const devtoolsForwarder = (event: KeyboardEvent) =>
  reachedDevtools.push(`${event.ctrlKey ? "Ctrl+" : ""}${event.metaKey ? "Cmd+" : ""}${event.key}`);

function mount(devtoolsActions: PanelDevtoolsActions = {}) {
  panel = mountPanel({ devtoolsActions });
  panel.replay(demoRecords());
}

beforeEach(() => {
  reachedDevtools = [];
  document.addEventListener("keydown", devtoolsForwarder);
});
afterEach(() => {
  document.removeEventListener("keydown", devtoolsForwarder);
  panel.unmount();
});

const grid = () => panel.view.getByRole("grid", { name: "Requests" });
const filter = () => panel.view.getByRole("searchbox", { name: "Filter requests" }) as HTMLInputElement;
const typeFilter = (query: string) => fireEvent.input(filter(), { target: { value: query } });
/** The row menu's copies, after the DevTools actions (tests/panel/harness/copy-and-summary.test.tsx runs them). */
const COPIES = [SHARE.copy.markdown, SHARE.copy.curl, SHARE.copy.failures];
const region = () => panel.view.getByRole("region", { name: /^Explanation/ });

describe("keys the panel owns, kept from DevTools", () => {
  beforeEach(() => mount());

  it("Esc closes the card, then clears the filter, and DevTools never sees it (no Console drawer)", () => {
    typeFilter("status:4xx");
    fireEvent.click(rowWith(panel, "/status/404 "));
    fireEvent.keyDown(grid(), { key: "Escape" });
    expect(card(panel)).toBeNull();
    expect(filter().value).toBe("status:4xx");

    fireEvent.keyDown(grid(), { key: "Escape" });
    expect(filter().value).toBe("");
    expect(shownRows(panel)).toHaveLength(60);
    expect(reachedDevtools).toEqual([]);
  });

  it("Esc typed in the filter clears it first, and leaves the card open", () => {
    fireEvent.click(rowWith(panel, "/status/404 "));
    typeFilter("404");
    fireEvent.keyDown(filter(), { key: "Escape" });
    expect(filter().value).toBe("");
    expect(card(panel)?.title).toBe("404 Not Found");
    expect(reachedDevtools).toEqual([]);
  });

  it.each([
    ["Ctrl+F", { key: "f", ctrlKey: true }],
    ["Cmd+F", { key: "f", metaKey: true }],
    ["/", { key: "/" }],
  ])("%s focuses the filter and selects its text; DevTools' Find bar is never asked for", (_name, keys) => {
    typeFilter("method:GET");
    grid().focus();
    const typed = fireEvent.keyDown(grid(), keys);
    expect(document.activeElement).toBe(filter());
    expect([filter().selectionStart, filter().selectionEnd]).toEqual([0, "method:GET".length]);
    // Not typed anywhere, and not forwarded.
    expect(typed).toBe(false);
    expect(reachedDevtools).toEqual([]);
  });

  it("leaves / typed in the filter as text", () => {
    filter().focus();
    const typed = fireEvent.keyDown(filter(), { key: "/" });
    expect(typed).toBe(true);
  });

  it("Ctrl+L clears the live capture, even from inside the filter", () => {
    fireEvent.keyDown(filter(), { key: "l", ctrlKey: true });
    expect(panel.feed.clears).toHaveLength(1);
    expect(panel.view.getByText(/Waiting for requests/)).toBeTruthy();
    expect(reachedDevtools).toEqual([]);
  });

  it("lets the keys it does not own through: arrows still move the card, Ctrl+Shift+F still reaches DevTools", () => {
    fireEvent.click(rowWith(panel, "/status/400 "));
    fireEvent.keyDown(grid(), { key: "ArrowDown" });
    expect(card(panel)?.title).toBe("401 Unauthorized");
    fireEvent.keyDown(grid(), { key: "F", ctrlKey: true, shiftKey: true });
    expect(reachedDevtools).toEqual(["ArrowDown", "Ctrl+F"]);
  });
});

describe("the card", () => {
  beforeEach(() => mount());

  it("opens scrolled to its top for another request, and for a related code's card", () => {
    fireEvent.click(rowWith(panel, "/status/401 "));
    region().scrollTop = 400;
    expect(region().scrollTop).toBe(400);
    fireEvent.click(rowWith(panel, "/status/404 "));
    expect(card(panel)?.title).toBe("404 Not Found");
    expect(region().scrollTop).toBe(0);

    fireEvent.click(rowWith(panel, "/status/401 "));
    region().scrollTop = 400;
    fireEvent.click(within(region()).getByRole("button", { name: /^403\b/ }));
    expect(card(panel)?.title).toBe("403 Forbidden");
    expect(region().scrollTop).toBe(0);
  });
});

describe("DevTools actions, offered where the browser supports them", () => {
  const calls: string[] = [];
  const chromium: PanelDevtoolsActions = {
    revealInNetwork: (filter) => calls.push(`network ${filter}`),
    openInSources: (url, line) => calls.push(`sources ${url}:${line}`),
  };
  beforeEach(() => {
    calls.length = 0;
  });

  const menu = () => panel.view.queryByRole("menu", { name: T.rowMenu });
  const menuItems = () =>
    within(menu() as HTMLElement)
      .getAllByRole("menuitem")
      .map((item) => item.textContent);

  it("opens a row menu with both actions; choosing one asks DevTools and closes the menu", () => {
    mount(chromium);
    const row = rowWith(panel, "/status/404 ");
    const url = panel.feed.records().find((r) => r.path === "/status/404")?.url;
    expect(fireEvent.contextMenu(row)).toBe(false);
    expect(menuItems()).toEqual([T.revealInNetwork, T.openInitiator, ...COPIES]);
    expect(document.activeElement?.textContent).toBe(T.revealInNetwork);

    fireEvent.click(within(menu() as HTMLElement).getByRole("menuitem", { name: T.revealInNetwork }));
    expect(calls).toEqual([`network ${url}`]);
    expect(menu()).toBeNull();

    fireEvent.contextMenu(row);
    fireEvent.click(within(menu() as HTMLElement).getByRole("menuitem", { name: T.openInitiator }));
    // The line DevTools recorded for the fetch in demo.js (0-based, as openResource takes it).
    expect(calls.at(-1)).toBe("sources http://127.0.0.1:43241/demo.js:26");
  });

  it("offers Sources only for a request that names its initiator (the page's own document does not)", () => {
    mount(chromium);
    fireEvent.contextMenu(rowWith(panel, "/ 127.0.0.1"));
    expect(menuItems()).toEqual([T.revealInNetwork, ...COPIES]);
  });

  it("opens from the keyboard (Shift+F10 or the Menu key on the grid) for the selected row, never from the header", () => {
    mount(chromium);
    fireEvent.contextMenu(within(grid()).getAllByRole("columnheader")[1] as HTMLElement);
    expect(menu()).toBeNull();
    fireEvent.contextMenu(grid());
    expect(menu()).toBeNull();
    fireEvent.click(rowWith(panel, "/status/404 "));
    fireEvent.contextMenu(grid());
    expect(menuItems()).toEqual([T.revealInNetwork, T.openInitiator, ...COPIES]);
  });

  it("closes the menu with Esc, which DevTools does not see, and gives focus back to the grid", () => {
    mount(chromium);
    fireEvent.contextMenu(rowWith(panel, "/status/404 "));
    fireEvent.keyDown(document.activeElement as Element, { key: "Escape" });
    expect(menu()).toBeNull();
    expect(document.activeElement).toBe(grid());
    expect(reachedDevtools).toEqual([]);
  });

  it("puts the same actions on the card", () => {
    mount(chromium);
    fireEvent.click(rowWith(panel, "/status/404 "));
    const group = within(region()).getByRole("group", { name: T.devtoolsActions });
    expect(
      within(group)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual([T.revealInNetwork, T.openInitiator]);
    fireEvent.click(within(group).getByRole("button", { name: T.revealInNetwork }));
    expect(calls).toHaveLength(1);
  });

  it("offers only the copies where the browser has neither (Firefox): no DevTools items or buttons", () => {
    mount({});
    expect(fireEvent.contextMenu(rowWith(panel, "/status/404 "))).toBe(false);
    expect(menuItems()).toEqual(COPIES);
    fireEvent.click(rowWith(panel, "/status/404 "));
    expect(within(region()).queryByRole("group", { name: T.devtoolsActions })).toBeNull();
  });
});
