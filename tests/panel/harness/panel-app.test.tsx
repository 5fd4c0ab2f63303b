// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { fireEvent, waitFor, within } from "@testing-library/dom";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { STATUS_ROUTES } from "../../../demo/routes.js";
import { recordsOf } from "../../core/har-fixture";
import { DEMO_HAR_TEXT, demoRecords } from "../support/live-store";
import { type MountedPanel, mountPanel } from "./mount-panel";
import { card, chip, chipCounts, rowWith, shownRows } from "./panel-queries";

// The server of the demo capture, as its rows name it.
const HOST = "127.0.0.1:43241";

let panel: MountedPanel;
afterEach(() => panel.unmount());

const typeFilter = (query: string) =>
  fireEvent.input(panel.view.getByRole("searchbox", { name: "Filter requests" }), {
    target: { value: query },
  });

describe("the panel over a live feed replaying the Chromium demo capture", () => {
  beforeEach(() => {
    panel = mountPanel();
    panel.replay(demoRecords());
  });

  it("lists each request with its status code and text, method and name", () => {
    const rows = shownRows(panel);
    expect(rows).toHaveLength(60);
    expect(rows).toContainEqual({
      status: "404 Nothing Here",
      method: "GET",
      name: `/status/404 ${HOST}`,
      cls: "4xx",
    });
    // Chromium gives fetches an empty statusText: the name comes from the reference.
    expect(rows).toContainEqual(
      expect.objectContaining({ status: "201 Created", name: `/status/201 ${HOST}` }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ status: "405 Method Not Allowed", method: "DELETE" }),
    );
    expect(rows.find((r) => r.name.startsWith("/unreachable "))).toMatchObject({ cls: "Failed" });
    expect(rows.find((r) => r.name.startsWith("/unreachable "))?.status).toMatch(/ERR_CONNECTION_REFUSED/);
  });

  it("counts each class on its chip, as the capture's statuses and errors say", () => {
    // Counted from the HAR's own fields: the first digit of response.status, or Failed for any _error.
    expect(chipCounts(panel)).toEqual({ "1xx": 1, "2xx": 13, "3xx": 26, "4xx": 10, "5xx": 5, Failed: 5 });
    expect(panel.view.getByText("60 / 60 requests")).toBeTruthy();
  });

  it("filters to a class when its chip is clicked, and shows every class again on a second click", () => {
    fireEvent.click(chip(panel, "Failed"));
    expect(chip(panel, "Failed").getAttribute("aria-pressed")).toBe("true");
    const failed = shownRows(panel);
    expect(failed.map((r) => r.cls)).toEqual(Array(5).fill("Failed"));
    expect(failed.map((r) => r.name.split(" ")[0])).toEqual(
      expect.arrayContaining(["/data", "/unreachable", "/slow", "/ads/banner.js", "/loop/a"]),
    );

    fireEvent.click(chip(panel, "Failed"));
    expect(chip(panel, "Failed").getAttribute("aria-pressed")).toBe("false");
    expect(shownRows(panel)).toHaveLength(60);
  });

  it("narrows the rows to a query, and keeps them while a query is wrong, saying where", () => {
    typeFilter("status:4xx method:DELETE");
    const deletes = shownRows(panel);
    expect(deletes).toEqual([
      expect.objectContaining({ status: "405 Method Not Allowed", method: "DELETE" }),
    ]);
    expect(panel.view.queryByRole("alert")).toBeNull();

    typeFilter("stauts:404");
    expect(panel.view.getByRole("alert").textContent).toMatch(/Column 1: .*status/);
    expect(panel.view.getByRole("searchbox", { name: "Filter requests" }).getAttribute("aria-invalid")).toBe(
      "true",
    );
    expect(shownRows(panel)).toEqual(deletes);

    fireEvent.click(panel.view.getByRole("button", { name: /^Use “status/ }));
    expect(panel.view.queryByRole("alert")).toBeNull();
    expect(shownRows(panel)).toEqual([expect.objectContaining({ status: "404 Nothing Here" })]);
  });

  it("opens the card titled with the reference's name when a row is clicked, and closes it", () => {
    expect(card(panel)).toBeNull();
    fireEvent.click(rowWith(panel, "/status/404 "));
    expect(rowWith(panel, "/status/404 ").getAttribute("aria-selected")).toBe("true");
    expect(card(panel)?.title).toBe("404 Not Found");
    // The server's own reason phrase is still shown beside the reference's.
    expect(card(panel)?.text).toContain("Nothing Here");

    fireEvent.click(panel.view.getByRole("button", { name: "Close explanation" }));
    expect(card(panel)).toBeNull();
  });

  it.each([
    ["/status/405 ", "405 Method Not Allowed", /DELETE/],
    ["/status/401 ", "401 Unauthorized", /invalid_token/],
    ["/status/429 ", "429 Too Many Requests", /wait 42 s after the response/],
    ["/redirect/301 ", "301 Moved Permanently", /Redirect chain \(1 redirect\)/i],
    ["ERR_TOO_MANY_REDIRECTS", "ERR_TOO_MANY_REDIRECTS", /Redirect loop/],
    ["CORS error", "Probable CORS rejection (status 0)", /The server answered 200/],
  ])("sharpens the card for %s with what this exchange says", (path, title, finding) => {
    fireEvent.click(rowWith(panel, path));
    expect(card(panel)?.title).toContain(title);
    expect(card(panel)?.text).toMatch(finding);
  });

  it("opens a related code's card from a request's card, and leads back", () => {
    fireEvent.click(rowWith(panel, "/status/401 "));
    const region = () => panel.view.getByRole("region", { name: /^Explanation/ });
    fireEvent.click(within(region()).getByRole("button", { name: /^403\b/ }));
    expect(card(panel)?.title).toBe("403 Forbidden");
    fireEvent.click(within(region()).getByRole("button", { name: "Back to 401 Unauthorized" }));
    expect(card(panel)?.title).toBe("401 Unauthorized");
  });

  it("explains the CORS block with what the server really answered, not as an unregistered status", () => {
    fireEvent.click(rowWith(panel, "CORS error"));
    expect(card(panel)?.title).toBe("Probable CORS rejection (status 0)");
    expect(card(panel)?.text).toMatch(/No Access-Control-Allow-Origin/);
    expect(card(panel)?.text).not.toMatch(/Unregistered/);
  });

  it("reads an error body from the live feed on demand, as DevTools hands it over, into the card", async () => {
    const record = panel.feed.records().find((r) => r.path === "/status/422");
    panel.feed.withContent(record?.id ?? "", STATUS_ROUTES[422]?.body ?? "");
    fireEvent.click(rowWith(panel, "/status/422 "));
    expect(card(panel)?.title).toBe("422 Unprocessable Content");
    await waitFor(() => expect(card(panel)?.text).toMatch(/email is already taken/));
  });

  it("moves the selection and the card with the arrow keys, and Escape closes it", () => {
    fireEvent.click(rowWith(panel, "/status/400 "));
    expect(card(panel)?.title).toBe("400 Bad Request");
    const grid = panel.view.getByRole("grid", { name: "Requests" });
    fireEvent.keyDown(grid, { key: "ArrowDown" });
    expect(card(panel)?.title).toBe("401 Unauthorized");
    fireEvent.keyDown(grid, { key: "ArrowUp" });
    expect(card(panel)?.title).toBe("400 Bad Request");
    fireEvent.keyDown(grid, { key: "Escape" });
    expect(card(panel)).toBeNull();
  });

  it("opens an imported HAR file in a tab beside Live, and closes it back to Live", async () => {
    const tabNames = () => panel.view.getAllByRole("tab").map((t) => t.textContent);
    const selectedTab = () => panel.view.getByRole("tab", { selected: true }).textContent;
    expect(tabNames()).toEqual(["Live"]);

    importFile(new File([DEMO_HAR_TEXT], "imported.har", { type: "application/json" }));
    await waitFor(() => expect(tabNames()).toEqual(["Live", "imported.har"]));
    expect(selectedTab()).toBe("imported.har");
    expect(shownRows(panel)).toHaveLength(60);

    fireEvent.click(panel.view.getByRole("tab", { name: "Live" }));
    expect(selectedTab()).toBe("Live");
    fireEvent.click(panel.view.getByRole("button", { name: "Close imported.har" }));
    expect(tabNames()).toEqual(["Live"]);
    expect(shownRows(panel)).toHaveLength(60);
  });

  it("lists the entries a file could not read, each named once", async () => {
    importFile(new File([readFileSync("tests/fixtures/har/partly-malformed.har", "utf8")], "partly.har"));
    await waitFor(() => expect(panel.view.getByText("entry 1: not an object")).toBeTruthy());
    expect(panel.view.getByText("entry 2: request.url is missing or empty")).toBeTruthy();
    expect(panel.view.queryByText(/entry \d+: entry/i)).toBeNull();
  });

  it("says why a file that is not a HAR was refused, and keeps the rows", async () => {
    importFile(new File(['{"log": {"pages": []}}'], "broken.har"));
    await waitFor(() => expect(panel.view.getByText(/broken\.har: not a HAR file/)).toBeTruthy());
    expect(panel.view.getAllByRole("tab").map((t) => t.textContent)).toEqual(["Live"]);
    expect(shownRows(panel)).toHaveLength(60);
  });
});

describe("a request still waiting for its response", () => {
  // getHAR listed /slow with no response yet and /stream with its headers in; onRequestFinished came later.
  const capture = JSON.parse(readFileSync("tests/fixtures/har/chromium-pending.json", "utf8"));

  beforeEach(() => {
    panel = mountPanel();
    panel.replay(recordsOf(capture.getHAR));
  });

  it("shows a pending row, counted in no chip, whose card says it waits; the answer replaces both", () => {
    expect(shownRows(panel).find((r) => r.name.startsWith("/slow "))).toMatchObject({
      status: "(pending)",
      cls: "Pending",
    });
    expect(chipCounts(panel)).toMatchObject({ "2xx": 1, Failed: 0 });
    expect(panel.view.getByText(/2 \/ 2 requests, 1 pending/)).toBeTruthy();

    fireEvent.click(rowWith(panel, "/slow "));
    expect(card(panel)?.title).toBe("Waiting for a response (pending)");

    panel.answer(recordsOf(capture.onRequestFinished));
    expect(shownRows(panel).find((r) => r.name.startsWith("/slow "))).toMatchObject({ cls: "2xx" });
    expect(card(panel)?.title).toBe("200 OK");
    expect(chipCounts(panel)).toMatchObject({ "2xx": 2, Failed: 0 });
  });
});

/** Picks a file in the toolbar's "Import HAR…" input, as the file dialog would. */
function importFile(file: File): void {
  const input = panel.view.getByLabelText(/Import HAR/) as HTMLInputElement;
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  fireEvent.change(input);
}
