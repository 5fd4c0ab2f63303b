// @vitest-environment happy-dom
import { fireEvent, waitFor, within } from "@testing-library/dom";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { STATUS_ROUTES } from "../../../demo/routes.js";
import { SHARE } from "../../../src/panel/strings/share";
import { recordWith } from "../../core/record-builder";
import { demoRecords } from "../support/live-store";
import { type MountedPanel, mountPanel } from "./mount-panel";
import { card, chipCounts, failureKindCounts, rowWith, shownRows } from "./panel-queries";

let panel: MountedPanel;
/** What each copy command found selected: the text that would land on the clipboard. */
let clipboard: string[];
let browserCopies: boolean;

// happy-dom has no execCommand: the test stands in for the browser, reading the selected textarea as Chromium does.
function fakeExecCommand(command: string): boolean {
  const selected = document.activeElement;
  if (command !== "copy" || !(selected instanceof HTMLTextAreaElement)) return false;
  if (browserCopies) clipboard.push(selected.value.slice(selected.selectionStart, selected.selectionEnd));
  return browserCopies;
}

beforeEach(() => {
  clipboard = [];
  browserCopies = true;
  Object.defineProperty(document, "execCommand", { value: fakeExecCommand, configurable: true });
  panel = mountPanel();
  panel.replay(demoRecords());
});
afterEach(() => {
  panel.unmount();
  Reflect.deleteProperty(document, "execCommand");
});

const region = () => panel.view.getByRole("region", { name: /^Explanation/ });
const copyGroup = () => within(region()).getByRole("group", { name: SHARE.copy.group });
const copyStatus = () => panel.view.getAllByRole("status").find((el) => el.classList.contains("copy-status"));
const menu = () => panel.view.getByRole("menu");
const filterBox = () => panel.view.getByRole("searchbox", { name: "Filter requests" }) as HTMLInputElement;

function openCard(text: string) {
  fireEvent.click(rowWith(panel, text));
  return region();
}

describe("copying from the card", () => {
  it("copies the 422 exchange as Markdown: its title, request line and findings, and says so", async () => {
    const sent = panel.feed.records().find((r) => r.path === "/status/422");
    panel.feed.withContent(sent?.id ?? "", STATUS_ROUTES[422]?.body ?? "");
    openCard("/status/422 ");
    // The card reads the problem+json body DevTools hands over, and says what it names.
    await waitFor(() => expect(card(panel)?.text).toContain("Your request is not valid"));
    const title = card(panel)?.title ?? "";
    const button = within(copyGroup()).getByRole("button", { name: SHARE.copy.markdown });
    button.focus();
    fireEvent.click(button);
    expect(clipboard).toHaveLength(1);
    const markdown = clipboard[0] ?? "";
    expect(markdown.startsWith(`### ${title}`)).toBe(true);
    expect(markdown).toContain("`POST http://127.0.0.1:43241/status/422` → `422");
    expect(markdown).toContain("**What this response says:**");
    expect(markdown).toContain("Your request is not valid");
    expect(copyStatus()?.textContent).toBe(SHARE.copied.markdown + SHARE.redactedNote);
    // The card stays usable: focus goes back where it was.
    expect(document.activeElement).toBe(button);
  });

  it("copies the request as cURL, its method and body as sent", () => {
    openCard("/status/422 ");
    fireEvent.click(within(copyGroup()).getByRole("button", { name: SHARE.copy.curl }));
    const curl = clipboard[0] ?? "";
    expect(curl.startsWith("curl 'http://127.0.0.1:43241/status/422'")).toBe(true);
    expect(curl).toMatch(/--data-raw '/);
    expect(copyStatus()?.textContent).toBe(SHARE.copied.curl + SHARE.redactedNote);
  });

  it("copies every failing request in view as Markdown, only those the filter shows", () => {
    openCard("/status/404 ");
    fireEvent.input(filterBox(), { target: { value: "status:5xx" } });
    fireEvent.click(within(copyGroup()).getByRole("button", { name: SHARE.copy.failures }));
    const markdown = clipboard[0] ?? "";
    const shown = shownRows(panel).length;
    expect(markdown.startsWith(`### ${shown} failing requests of ${shown}`)).toBe(true);
    expect(markdown).toContain("#### 503");
    expect(markdown).not.toContain("404");
    expect(copyStatus()?.textContent).toBe(SHARE.copied.failures(shown) + SHARE.redactedNote);
  });

  it("redacts secrets unless Show secrets is on", () => {
    const secret = "Bearer eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.abc";
    panel.replay([
      recordWith({
        id: "authed",
        status: 401,
        url: "http://127.0.0.1:43241/api/me?access_token=tok123",
        requestHeaders: { Authorization: secret },
      }),
    ]);
    openCard("/api/me");
    fireEvent.click(within(copyGroup()).getByRole("button", { name: SHARE.copy.curl }));
    expect(clipboard[0]).not.toContain("eyJhbGciOiJIUzI1NiJ9");
    expect(clipboard[0]).not.toContain("tok123");
    expect(clipboard[0]).toContain("[redacted]");

    panel.store.setRevealSecrets(true);
    fireEvent.click(within(copyGroup()).getByRole("button", { name: SHARE.copy.curl }));
    expect(clipboard[1]).toContain(`Authorization: ${secret}`);
    expect(clipboard[1]).toContain("access_token=tok123");
    expect(copyStatus()?.textContent).toBe(SHARE.copied.curl + SHARE.revealedNote);
  });

  it("says so when the browser refuses, and holds the text selected for Ctrl+C", () => {
    browserCopies = false;
    openCard("/status/422 ");
    fireEvent.click(within(copyGroup()).getByRole("button", { name: SHARE.copy.curl }));
    expect(copyStatus()?.textContent).toContain(SHARE.copyFailed);
    const manual = panel.view.getByRole("textbox", { name: SHARE.copyFailedText }) as HTMLTextAreaElement;
    expect(manual.value.startsWith("curl 'http://127.0.0.1:43241/status/422'")).toBe(true);
    expect(document.activeElement).toBe(manual);
    fireEvent.click(within(copyStatus() as HTMLElement).getByRole("button", { name: SHARE.closeCopyFailed }));
    expect(panel.view.queryByRole("textbox", { name: SHARE.copyFailedText })).toBeNull();
  });
});

describe("copying from a row's menu", () => {
  it("offers the three copies and copies the right-clicked row, not the selected one", () => {
    openCard("/status/404 ");
    fireEvent.contextMenu(rowWith(panel, "/status/500 "));
    const items = within(menu()).getAllByRole("menuitem");
    expect(items.map((item) => item.textContent)).toEqual([
      SHARE.copy.markdown,
      SHARE.copy.curl,
      SHARE.copy.failures,
    ]);
    fireEvent.click(within(menu()).getByRole("menuitem", { name: SHARE.copy.curl }));
    expect(clipboard).toHaveLength(1);
    expect(clipboard[0]).toMatch(/^curl 'http:\/\/127\.0\.0\.1:43241\/status\/500' \\\n/);
    expect(panel.view.queryByRole("menu")).toBeNull();

    fireEvent.contextMenu(rowWith(panel, "/status/500 "));
    fireEvent.click(within(menu()).getByRole("menuitem", { name: SHARE.copy.markdown }));
    expect(clipboard[1]).toMatch(/^### 500 /);
    expect(copyStatus()?.textContent).toBe(SHARE.copied.markdown + SHARE.redactedNote);
  });
});

describe("the session summary", () => {
  const S = SHARE.summary;
  const openSummary = () => {
    fireEvent.click(panel.view.getByText(S.toggle));
    return panel.view.getByRole("region", { name: S.region });
  };
  /** A definition list of the summary as label → count. */
  const countsOf = (summary: HTMLElement, list: string) =>
    Object.fromEntries(
      [...(summary.querySelector(`dl.${list}`)?.querySelectorAll("div") ?? [])].map((pair) => [
        pair.querySelector("dt")?.textContent,
        Number(pair.querySelector("dd")?.textContent),
      ]),
    );

  it("is folded at first, and unfolded counts every request by class and failure kind", () => {
    expect(panel.view.queryByRole("region", { name: S.region })).toBeNull();
    const summary = openSummary();
    expect(within(summary).getByRole("heading", { name: S.requests(60) })).toBeTruthy();
    // The capture's 60 requests: 400 to 499 are ten codes, 500 to 599 five, and five got no response.
    const classes = { "1xx": 1, "2xx": 13, "3xx": 26, "4xx": 10, "5xx": 5, Failed: 5 };
    expect(countsOf(summary, "classes")).toEqual(classes);
    expect(countsOf(summary, "failure-kinds")).toEqual({ network: 2, blocked: 1, canceled: 1, CORS: 1 });
    // The chips above the list count the same capture the same way.
    expect(chipCounts(panel)).toEqual(classes);
    expect(failureKindCounts(panel)).toEqual(countsOf(summary, "failure-kinds"));
  });

  it("lists the top failing endpoints, and a click filters the list to one", () => {
    const summary = openSummary();
    const list = within(summary).getByRole("heading", { name: S.topFailing })
      .nextElementSibling as HTMLElement;
    const endpoints = within(list).getAllByRole("button");
    expect(endpoints[0]?.textContent).toBe("1× (failed: network) GET /loop/a 127.0.0.1:43241");
    // Ids fold into :id, so /status/404 is one of the /status/:id endpoints, one per code.
    const notFound = endpoints.find((b) => b.textContent?.includes(" 404 "));
    expect(notFound?.textContent).toBe("1× 404 GET /status/:id 127.0.0.1:43241");
    fireEvent.click(notFound as HTMLElement);
    expect(filterBox().value).toBe("status:404 method:GET domain:127.0.0.1 path:/status/:id");
    expect(shownRows(panel).map((row) => `${row.method} ${row.name}`)).toEqual([
      expect.stringMatching(/^GET \/status\/404 /),
    ]);
  });

  it("groups problems by shared cause, and a click lists exactly that group's rows", () => {
    const summary = openSummary();
    const heading = within(summary).getByRole("heading", { name: S.problems });
    const groups = within(heading.nextElementSibling as HTMLElement).getAllByRole("button");
    expect(groups.length).toBeGreaterThan(0);
    const refused = groups.find((b) => b.textContent?.includes("refuses connections"));
    expect(refused?.textContent).toContain("×1");
    fireEvent.click(refused as HTMLElement);
    expect(shownRows(panel).map((row) => row.name)).toEqual([expect.stringContaining("/unreachable")]);
    const banner = panel.view.getAllByRole("status").find((el) => el.classList.contains("row-focus"));
    expect(banner?.textContent).toContain(SHARE.focus.shown(1));
    fireEvent.click(within(banner as HTMLElement).getByRole("button", { name: SHARE.focus.showAll }));
    expect(shownRows(panel)).toHaveLength(60);

    // Esc, with no card open, clears the filter and the problem's rows alike.
    fireEvent.click(refused as HTMLElement);
    expect(shownRows(panel)).toHaveLength(1);
    fireEvent.keyDown(panel.view.getByRole("grid", { name: "Requests" }), { key: "Escape" });
    expect(shownRows(panel)).toHaveLength(60);
  });
});
