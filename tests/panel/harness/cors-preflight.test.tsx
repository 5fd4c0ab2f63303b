// @vitest-environment happy-dom
import { fireEvent, within } from "@testing-library/dom";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixtureRecords } from "../../core/har-fixture";
import { type MountedPanel, mountPanel } from "./mount-panel";
import { card, requestRow, shownRows } from "./panel-queries";

let panel: MountedPanel;
beforeEach(() => {
  panel = mountPanel();
  // Chromium's capture of the demo's /cors page: each PUT is listed before its preflight.
  panel.replay(fixtureRecords("chromium-preflight.har"));
});
afterEach(() => panel.unmount());

/** The row of `method` whose Name starts with `path`. */
const row = (method: string, path: string) => requestRow(panel, method, path);

const cardButton = (name: RegExp) =>
  within(panel.view.getByRole("region", { name: /^Explanation/ })).getByRole("button", { name });

describe("a CORS preflight and its request", () => {
  it("says on the refused preflight's own row that it was refused, after Chrome's 204 label", () => {
    const rows = shownRows(panel).filter((r) => r.name.startsWith("/preflight/denied "));
    expect(rows.map((r) => [r.method, r.status])).toEqual([
      ["PUT", "CORS error"],
      ["OPTIONS", "204 No Content preflight refused"],
    ]);
    expect(
      shownRows(panel).find((r) => r.method === "OPTIONS" && r.name.startsWith("/preflight/ok "))?.status,
    ).toBe("204 No Content");
  });

  it("links the blocked request to its preflight and back, each card saying who must act", () => {
    fireEvent.click(row("PUT", "/preflight/denied"));
    expect(card(panel)?.title).toBe("Probable CORS rejection (status 0)");
    expect(card(panel)?.text).toContain(
      "The request is a PUT, and the preflight's Access-Control-Allow-Methods is missing. Add PUT to it (methods are case-sensitive).",
    );

    fireEvent.click(cardButton(/^204 No Content \(preflight refused\) OPTIONS$/));
    expect(card(panel)?.title).toBe("204 No Content");
    expect(card(panel)?.text).toContain("The server must change its answer to this preflight");
    expect(card(panel)?.text).not.toContain("Nothing needs fixing");

    fireEvent.click(cardButton(/^CORS error PUT$/));
    expect(card(panel)?.title).toBe("Probable CORS rejection (status 0)");
  });

  it("says of an allowed preflight that the browser sent the request", () => {
    fireEvent.click(row("OPTIONS", "/preflight/ok"));
    expect(card(panel)?.text).toContain("The browser accepted the preflight's answer and sent the request.");
    expect(card(panel)?.text).toContain("Nothing needs fixing.");
  });
});
