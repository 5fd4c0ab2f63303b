// @vitest-environment happy-dom

import { readFileSync } from "node:fs";
import { fireEvent, waitFor, within } from "@testing-library/dom";
import axe from "axe-core";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PanelDevtoolsActions } from "../../../src/panel/state/devtools-actions";
import { DEMO_HAR_TEXT, demoRecords } from "../support/live-store";
import { type MountedPanel, mountPanel } from "./mount-panel";
import { card, columnHeaders, rowWith } from "./panel-queries";

/**
 * Rules that need a rendered page, which happy-dom (no layout, no canvas, no stylesheet) cannot give: they either
 * throw ("test manually") or find nothing to check. Every other rule axe runs by default applies here.
 */
const NEEDS_RENDERING = {
  // Needs computed colours over laid-out boxes.
  "color-contrast": { enabled: false },
  // Tells a link from its text by colour.
  "link-in-text-block": { enabled: false },
  // Needs scroll sizes to know what scrolls.
  "scrollable-region-focusable": { enabled: false },
  // Draws text on a canvas to tell icon ligatures from words.
  "label-content-name-mismatch": { enabled: false },
};

/** What axe finds on the whole page: each violation or undecided check as "rule-id: node, node". */
async function axeFindings(): Promise<string[]> {
  const results = await axe.run(document, {
    rules: NEEDS_RENDERING,
    resultTypes: ["violations", "incomplete"],
  });
  return [...results.violations, ...results.incomplete].map(
    (result) => `${result.id}: ${result.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

const chromium: PanelDevtoolsActions = { revealInNetwork: () => {}, openInSources: () => {} };

let panel: MountedPanel;
afterEach(() => panel.unmount());
// The harness mounts into a blank page: give it what the real panel.html declares, so page-level rules check that.
beforeAll(() => {
  // Read as text: parsing it into a document would try to load its stylesheet.
  const page = readFileSync("src/panel/panel.html", "utf8");
  document.documentElement.lang = /<html lang="([^"]+)"/.exec(page)?.[1] ?? "";
  document.title = /<title>([^<]*)<\/title>/.exec(page)?.[1] ?? "";
});

function mountDemo() {
  panel = mountPanel({ devtoolsActions: chromium });
  panel.replay(demoRecords());
  return panel;
}

const filterBox = () => panel.view.getByRole("searchbox", { name: "Filter requests" });
function importFile(file: File): void {
  const input = panel.view.getByLabelText(/Import HAR/) as HTMLInputElement;
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  fireEvent.change(input);
}
const region = () => panel.view.getByRole("region", { name: /^Explanation/ });

describe("axe finds nothing in the panel", () => {
  it("with the demo capture listed", async () => {
    mountDemo();
    expect(await axeFindings()).toEqual([]);
  });

  it("with nothing captured yet", async () => {
    panel = mountPanel();
    expect(panel.view.getByText(/Waiting for requests/)).toBeTruthy();
    expect(await axeFindings()).toEqual([]);
  });

  // One card per kind of content: plain, with findings, with a redirect chain, a failure, a loop.
  it.each(["/status/404 ", "/status/429 ", "/redirect/301 ", "CORS error", "ERR_TOO_MANY_REDIRECTS"])(
    "with the card of %s open",
    async (row) => {
      mountDemo();
      fireEvent.click(rowWith(panel, row));
      expect(card(panel)).not.toBeNull();
      expect(await axeFindings()).toEqual([]);
    },
  );

  it.each(["Headers", "Payload", "Response", "Timing"])(
    "with the request details' %s tab shown",
    async (tab) => {
      mountDemo();
      const post = panel.feed.records().find((r) => r.path === "/status/422");
      panel.feed.withContent(post?.id ?? "", '{"title":"Your request is not valid"}');
      fireEvent.click(rowWith(panel, "/status/422 "));
      const details = panel.view.getByRole("region", { name: "Request details" });
      fireEvent.click(within(details).getByRole("tab", { name: tab }));
      await waitFor(() => expect(within(details).queryByRole("status")).toBeNull());
      expect(await axeFindings()).toEqual([]);
    },
  );

  it("with a related code's reference card open", async () => {
    mountDemo();
    fireEvent.click(rowWith(panel, "/status/401 "));
    fireEvent.click(within(region()).getByRole("button", { name: /^403\b/ }));
    expect(card(panel)?.title).toBe("403 Forbidden");
    expect(await axeFindings()).toEqual([]);
  });

  it("with the header's columns menu open", async () => {
    mountDemo();
    const header = within(panel.view.getByRole("grid", { name: "Requests" })).getAllByRole("columnheader");
    fireEvent.contextMenu(header[columnHeaders(panel).indexOf("Method")] as HTMLElement);
    expect(panel.view.getByRole("menu", { name: "Columns" })).toBeTruthy();
    expect(await axeFindings()).toEqual([]);
  });

  it("with a row's context menu open", async () => {
    mountDemo();
    fireEvent.contextMenu(rowWith(panel, "/status/404 "));
    expect(panel.view.getByRole("menu")).toBeTruthy();
    expect(await axeFindings()).toEqual([]);
  });

  it("with a filter error and its suggestion shown", async () => {
    mountDemo();
    fireEvent.input(filterBox(), { target: { value: "stauts:404" } });
    expect(panel.view.getByRole("alert")).toBeTruthy();
    expect(await axeFindings()).toEqual([]);
  });

  it("with a filter that matches nothing", async () => {
    mountDemo();
    fireEvent.input(filterBox(), { target: { value: "no-such-request" } });
    expect(panel.view.getByText(/No request matches/)).toBeTruthy();
    expect(await axeFindings()).toEqual([]);
  });

  it("with the filter syntax help open", async () => {
    mountDemo();
    fireEvent.click(panel.view.getByRole("button", { name: "Filter syntax" }));
    expect(panel.view.getByRole("dialog", { name: "Filter syntax" })).toBeTruthy();
    expect(await axeFindings()).toEqual([]);
  });

  it("with an imported file's tab shown beside Live, and recording paused", async () => {
    mountDemo();
    importFile(new File([DEMO_HAR_TEXT], "imported.har", { type: "application/json" }));
    await waitFor(() => expect(panel.view.getAllByRole("tab")).toHaveLength(2));
    expect(await axeFindings()).toEqual([]);

    fireEvent.click(panel.view.getByRole("tab", { name: "Live" }));
    fireEvent.click(panel.view.getByRole("button", { name: "Pause recording" }));
    expect(panel.view.getByText(/Recording paused/)).toBeTruthy();
    expect(await axeFindings()).toEqual([]);
  });

  it("with a refused file's notice shown", async () => {
    mountDemo();
    importFile(new File(['{"log": {"pages": []}}'], "broken.har"));
    await waitFor(() => expect(panel.view.getByText(/broken\.har: not a HAR file/)).toBeTruthy());
    expect(await axeFindings()).toEqual([]);
  });

  it("with the session summary unfolded, a problem's rows listed, and a copy refused", async () => {
    mountDemo();
    fireEvent.click(panel.view.getByText("Summary"));
    expect(panel.view.getByRole("region", { name: "Session summary" })).toBeTruthy();
    expect(await axeFindings()).toEqual([]);

    fireEvent.click(panel.view.getByRole("button", { name: /refuses connections/ }));
    expect(panel.view.getByText(/behind one problem/)).toBeTruthy();
    // happy-dom has no copy command, so the copy fails and the text is offered for Ctrl+C.
    fireEvent.click(rowWith(panel, "/unreachable"));
    fireEvent.click(within(region()).getByRole("button", { name: "Copy as cURL" }));
    expect(panel.view.getByRole("textbox", { name: "Text to copy" })).toBeTruthy();
    expect(await axeFindings()).toEqual([]);
  });
});
