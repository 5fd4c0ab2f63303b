// @vitest-environment happy-dom
import { fireEvent, waitFor, within } from "@testing-library/dom";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { saveTextFile } from "../../../src/devtools/save-file";
import type { PanelHarExport } from "../../../src/panel/state/har-export-state";
import { fixtureEntries, recordsOf } from "../../core/har-fixture";
import { DEMO_HAR_TEXT, demoRecords } from "../support/live-store";
import { type MountedPanel, mountPanel } from "./mount-panel";
import { card, rowWith, shownRows } from "./panel-queries";

let panel: MountedPanel;
afterEach(() => {
  panel.unmount();
  vi.restoreAllMocks();
});

const typeInto = (name: string, value: string) =>
  fireEvent.input(panel.view.getByRole("searchbox", { name }), { target: { value } });

/** Files the panel hands to the browser: the `<a download>`'s name and the Blob's text, as the user gets them. */
function catchDownloads() {
  const blobs = new Map<string, Blob>();
  const files: { name: string; text: Promise<string> }[] = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    const url = `blob:status-lens/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob && this.download) files.push({ name: this.download, text: blob.text() });
  });
  return files;
}

// DevTools still holds all but the first ten demo requests (a Clear in the Network panel, say).
const DEVTOOLS_ENTRIES = fixtureEntries("chromium-demo.har").slice(10);

function exportPort(): PanelHarExport {
  return {
    devtoolsEntries: async () => DEVTOOLS_ENTRIES,
    save: (name, text) => saveTextFile(document, name, text),
    version: "9.9.9",
  };
}

async function exported(files: ReturnType<typeof catchDownloads>, button: string) {
  fireEvent.click(panel.view.getByRole("button", { name: button }));
  await waitFor(() => expect(files).toHaveLength(1));
  const [file] = files;
  return { name: file?.name ?? "", har: JSON.parse((await file?.text) ?? "") };
}

describe("HAR export from the toolbar", () => {
  let files: ReturnType<typeof catchDownloads>;
  beforeEach(() => {
    files = catchDownloads();
    panel = mountPanel({ harExport: exportPort() });
    panel.replay(demoRecords());
  });

  it("saves every request of the view, DevTools' own entries where it holds them, and says what it did", async () => {
    const { name, har } = await exported(files, "Export all");
    expect(name).toMatch(/^status-lens-live-2026-11-25T10-00-00\.har$/);
    expect(har.log.version).toBe("1.2");
    expect(har.log.creator).toEqual({ name: "Status Lens", version: "9.9.9" });
    expect(har.log.entries).toHaveLength(60);
    const written = har.log.entries.filter((entry: { comment?: string }) => entry.comment);
    expect(written).toHaveLength(10);
    expect(har.log.comment).toMatch(/Entries 1, 2, .* were written from Status Lens's records/);
    await waitFor(() =>
      expect(
        within(panel.view.getByRole("group", { name: "Export HAR" })).getByRole("status").textContent,
      ).toBe(
        "Saved 60 requests, 10 written from the panel's records (DevTools no longer held them); secrets redacted.",
      ),
    );
  });

  it("saves only what is listed under the filter", async () => {
    typeInto("Filter requests", "status-code:404");
    const listed = shownRows(panel);
    expect(listed.length).toBeGreaterThan(0);
    const { har } = await exported(files, "Export listed");
    expect(har.log.entries.map((entry: { response: { status: number } }) => entry.response.status)).toEqual(
      listed.map(() => 404),
    );
  });

  it("redacts secrets unless Show secrets is on", async () => {
    const [secret] = recordsOf([
      {
        ...(fixtureEntries("chromium-demo.har")[0] as object),
        startedDateTime: "2026-11-25T11:00:00.000Z",
        request: {
          method: "GET",
          url: "http://127.0.0.1:43241/api?access_token=abc123",
          headers: [{ name: "Authorization", value: "Bearer s3cr3t" }],
        },
      },
    ]);
    panel.replay(secret ? [secret] : []);
    typeInto("Filter requests", "access_token");
    const hidden = await exported(files, "Export listed");
    expect(JSON.stringify(hidden.har)).not.toMatch(/abc123|s3cr3t/);
    expect(hidden.har.log.entries[0].request.url).toBe("http://127.0.0.1:43241/api?access_token=[redacted]");
    files.length = 0;
    act(() => panel.store.setRevealSecrets(true));
    const shown = await exported(files, "Export listed");
    expect(shown.har.log.entries[0].request.url).toBe("http://127.0.0.1:43241/api?access_token=abc123");
  });
});

describe("HAR export of an imported file", () => {
  it("writes the file's rows from its records, without asking DevTools", async () => {
    const files = catchDownloads();
    const port = exportPort();
    const asked = vi.spyOn(port, "devtoolsEntries");
    panel = mountPanel({ harExport: port });
    act(() => panel.store.importHar(DEMO_HAR_TEXT, "demo.har"));
    const { name, har } = await exported(files, "Export all");
    expect(asked).not.toHaveBeenCalled();
    expect(name).toMatch(/^status-lens-demo-/);
    expect(har.log.entries).toHaveLength(60);
    expect(har.log.comment).toContain("Every entry was written from Status Lens's records");
    expect(
      within(panel.view.getByRole("group", { name: "Export HAR" })).getByRole("status").textContent,
    ).toBe("Saved 60 requests from the imported file; secrets redacted.");
  });

  it("offers no export where the browser gives no way to save", () => {
    panel = mountPanel();
    expect(panel.view.queryByRole("button", { name: "Export all" })).toBeNull();
  });
});

/** A drag from the desktop: what DevTools' DataTransfer says of dragged files. */
const dragOf = (file: File) => ({ dataTransfer: { types: ["Files"], files: [file], dropEffect: "none" } });

describe("drag and drop of a HAR file", () => {
  beforeEach(() => {
    panel = mountPanel();
    panel.replay(demoRecords());
  });

  it("shows where it goes while dragged, and opens it as the Import HAR… button does", async () => {
    const file = new File([DEMO_HAR_TEXT], "dropped.har", { type: "application/json" });
    fireEvent.dragEnter(document, dragOf(file));
    fireEvent.dragOver(document, dragOf(file));
    expect(document.body.textContent).toContain("Drop a HAR file to open it beside the live capture");
    fireEvent.drop(document, dragOf(file));
    expect(document.body.textContent).not.toContain("Drop a HAR file to open it");
    await waitFor(() => expect(panel.view.getByRole("tab", { name: /dropped\.har/ })).toBeTruthy());
    expect(panel.view.getByRole("tab", { name: /dropped\.har/ }).getAttribute("aria-selected")).toBe("true");
    expect(shownRows(panel)).toHaveLength(60);
  });

  it("hides the target when the drag leaves, and ignores dragged text", () => {
    const file = new File(["{}"], "x.har");
    fireEvent.dragEnter(document, dragOf(file));
    fireEvent.dragLeave(document, dragOf(file));
    expect(document.body.textContent).not.toContain("Drop a HAR file");
    fireEvent.dragEnter(document, { dataTransfer: { types: ["text/plain"], files: [] } });
    expect(document.body.textContent).not.toContain("Drop a HAR file");
  });

  it("refuses a file that is not HAR with the import's notice, and loses nothing", async () => {
    const file = new File(["just some notes"], "notes.txt", { type: "text/plain" });
    fireEvent.dragEnter(document, dragOf(file));
    fireEvent.drop(document, dragOf(file));
    await waitFor(() =>
      expect(panel.view.getByText(/^notes\.txt: not a HAR file: invalid JSON/)).toBeTruthy(),
    );
    expect(panel.view.queryByRole("tab", { name: /notes\.txt/ })).toBeNull();
    expect(shownRows(panel)).toHaveLength(60);
  });
});

describe("the reference lookup", () => {
  beforeEach(() => {
    panel = mountPanel();
  });

  it.each([
    ["payload too large", "413 Content Too Large"],
    ["413", "413 Content Too Large"],
    ["net::ERR_CONNECTION_REFUSED", "net::ERR_CONNECTION_REFUSED"],
    ["NS_ERROR_CONNECTION_REFUSED", "net::ERR_CONNECTION_REFUSED"],
  ])("finds %s with no traffic and shows its card (%s)", (query, title) => {
    typeInto("Look up a status code or error", query);
    expect(card(panel)?.title).toBe(title);
  });

  it.each([
    ["404.13", "404 Not Found"],
    ["-105", "net::ERR_NAME_NOT_RESOLVED"],
  ])("reads %s as the CLI does (%s)", (query, title) => {
    typeInto("Look up a status code or error", query);
    expect(card(panel)?.title).toBe(title);
  });

  it("says on the card what the lookup could not match exactly", () => {
    typeInto("Look up a status code or error", "404.99");
    expect(card(panel)?.text).toContain("Sub-status .99 is IIS's; no card for it yet");
  });

  it("lists the matches of a few words, and shows the one chosen", () => {
    typeInto("Look up a status code or error", "too");
    const matches = panel.view.getByRole("navigation", { name: /matches$/ });
    const options = within(matches).getAllByRole("button");
    expect(options.map((b) => b.textContent)).toContain("429 Too Many Requests");
    fireEvent.click(within(matches).getByRole("button", { name: "429 Too Many Requests" }));
    expect(card(panel)?.title).toBe("429 Too Many Requests");
  });

  it("says when nothing matches, and closes with its card's close button", () => {
    typeInto("Look up a status code or error", "zzz no such thing");
    expect(panel.view.getByRole("region", { name: "Reference lookup" }).textContent).toContain(
      "Nothing in the reference matches",
    );
    typeInto("Look up a status code or error", "418");
    fireEvent.click(panel.view.getByRole("button", { name: "Close explanation" }));
    expect(panel.view.queryByRole("region", { name: "Reference lookup" })).toBeNull();
    expect(
      (panel.view.getByRole("searchbox", { name: "Look up a status code or error" }) as HTMLInputElement)
        .value,
    ).toBe("");
  });

  it("takes the card area from a selected request, which a click on a row gives back", () => {
    panel.replay(demoRecords());
    fireEvent.click(rowWith(panel, "/status/404 "));
    expect(card(panel)?.title).toMatch(/^404/);
    typeInto("Look up a status code or error", "payload too large");
    expect(card(panel)?.title).toBe("413 Content Too Large");
    fireEvent.click(rowWith(panel, "/status/404 "));
    expect(card(panel)?.title).toMatch(/^404/);
  });

  it("opens a related code of the looked-up card as a new lookup", () => {
    typeInto("Look up a status code or error", "413");
    fireEvent.click(panel.view.getByRole("button", { name: "431" }));
    expect(card(panel)?.title).toBe("431 Request Header Fields Too Large");
  });
});
