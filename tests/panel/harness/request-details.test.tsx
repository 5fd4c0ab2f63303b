// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { fireEvent, waitFor, within } from "@testing-library/dom";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { STATUS_ROUTES } from "../../../demo/routes.js";
import type { RequestRecord } from "../../../src/core/model";
import { demoRecords } from "../support/live-store";
import { type MountedPanel, mountPanel } from "./mount-panel";
import { rowWith } from "./panel-queries";

let panel: MountedPanel;
afterEach(() => panel.unmount());

const details = () => panel.view.getByRole("region", { name: "Request details" });
const openTab = (name: string) => fireEvent.click(within(details()).getByRole("tab", { name }));
const pane = () => within(details()).getByRole("tabpanel");
/** A list of pairs (headers, parameters) as "Name: value" lines, in order. */
function pairsIn(name: string): string[] {
  const list = within(details()).getByRole("region", { name });
  const terms = list.querySelectorAll("dt");
  return [...terms].map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);
}
const bodyText = () => pane().querySelector("pre")?.textContent ?? "";
const cardRegion = () => panel.view.getByRole("region", { name: /^Explanation/ });

function liveRecord(path: string, method = "GET"): RequestRecord {
  const found = panel.feed.records().find((r) => r.path === path && r.method === method);
  if (!found) throw new Error(`no ${method} ${path}`);
  return found;
}

describe("request details of the Chromium demo capture, live", () => {
  beforeEach(() => {
    panel = mountPanel();
    panel.replay(demoRecords());
  });

  it("lists the 422's response headers as the server sent them, apart from the request's", () => {
    fireEvent.click(rowWith(panel, "/status/422 "));
    expect(pairsIn("General")).toContain("Request line: POST /status/422 HTTP/1.1");
    expect(pairsIn("Response headers")).toEqual([
      "Connection: keep-alive",
      "Content-Type: application/problem+json",
      "Date: Wed, 25 Nov 2026 10:05:11 GMT",
      "Keep-Alive: timeout=5",
      "Transfer-Encoding: chunked",
    ]);
    expect(pairsIn("Request headers")).toContain("Content-Type: application/json");
    expect(pairsIn("Request headers")).toContain("Content-Length: 17");
  });

  it("shows each side's value apart in the card: no merged Content-Type or Upgrade", () => {
    fireEvent.click(rowWith(panel, "/status/422 "));
    const headers = within(cardRegion()).getByText("Headers that matter").parentElement as HTMLElement;
    const values = [...headers.querySelectorAll("dd")].map((dd) => dd.textContent);
    expect(values).toContain("received application/problem+json");
    expect(values).toContain("sent application/json");
    expect(headers.textContent).not.toContain("application/problem+json, application/json");

    fireEvent.click(rowWith(panel, "/ws "));
    const socket = within(cardRegion()).getByText("Headers that matter").parentElement as HTMLElement;
    expect(socket.textContent).not.toContain("websocket, websocket");
    expect([...socket.querySelectorAll("dd")].map((dd) => dd.textContent)).toEqual(
      expect.arrayContaining(["received websocket", "sent websocket"]),
    );
  });

  it("pretty-prints the JSON payload and the JSON body DevTools hands over", async () => {
    panel.feed.withContent(liveRecord("/status/422", "POST").id, STATUS_ROUTES[422]?.body ?? "");
    fireEvent.click(rowWith(panel, "/status/422 "));
    openTab("Payload");
    expect(bodyText()).toBe('{\n  "email": "a@b.c"\n}');
    openTab("Response");
    await waitFor(() => expect(bodyText()).toContain('\n  "title": "Your request is not valid",\n'));
    expect(bodyText()).toContain('"errors": [\n    {\n      "pointer": "/email",');
  });

  it("moves between tabs with the arrow keys, Home and End", () => {
    fireEvent.click(rowWith(panel, "/status/422 "));
    const tabs = within(details()).getByRole("tablist");
    const selected = () => within(tabs).getByRole("tab", { selected: true }).textContent;
    expect(selected()).toBe("Headers");
    fireEvent.keyDown(tabs, { key: "ArrowRight" });
    expect(selected()).toBe("Payload");
    expect(document.activeElement?.textContent).toBe("Payload");
    fireEvent.keyDown(tabs, { key: "End" });
    expect(selected()).toBe("Timing");
    fireEvent.keyDown(tabs, { key: "ArrowRight" });
    expect(selected()).toBe("Headers");
    fireEvent.keyDown(tabs, { key: "ArrowLeft" });
    expect(selected()).toBe("Timing");
  });

  it("times the request: start in local time, total and the phases Chromium measured", () => {
    fireEvent.click(rowWith(panel, "/status/422 "));
    openTab("Timing");
    const start = new Date("2026-11-25T10:05:11.802Z");
    expect(pane().textContent).toContain(`${String(start.getHours()).padStart(2, "0")}:05:11.802`);
    expect(pane().textContent).toContain("Total9 ms");
    const phases = [...pane().querySelectorAll("tr")].map((tr) => tr.textContent);
    expect(phases).toEqual([
      "Queued or stalled3 ms",
      "Request sent2 ms",
      "Waiting for server response0.05 ms",
      "Content download4 ms",
    ]);
  });

  it("says when DevTools no longer holds the body, instead of showing it empty", async () => {
    panel.feed.withContent(liveRecord("/status/422", "POST").id, "");
    fireEvent.click(rowWith(panel, "/status/422 "));
    openTab("Response");
    await waitFor(() => expect(pane().textContent).toMatch(/^DevTools no longer holds this body/));
    expect(pane().querySelector("pre")).toBeNull();
  });

  it("says when DevTools never handed the body over, and when a response has none", () => {
    fireEvent.click(rowWith(panel, "/status/404 "));
    openTab("Response");
    expect(pane().textContent).toMatch(/^DevTools has not handed this body to the panel/);
    fireEvent.click(rowWith(panel, "/status/204 "));
    expect(pane().textContent).toBe("The response has no body.");
    fireEvent.click(rowWith(panel, "/unreachable "));
    expect(pane().textContent).toBe("No response arrived, so there is no body.");
    fireEvent.click(rowWith(panel, "CORS error"));
    expect(pane().textContent).toBe(
      "The browser withheld this response from the page, so DevTools has no body for it.",
    );
  });
});

describe("bodies as a user must see them", () => {
  const html = (overrides: Partial<RequestRecord>) => {
    const base = demoRecords().find((r) => r.path === "/status/200") as RequestRecord;
    return { ...base, id: "x", path: "/page", url: "http://127.0.0.1:43241/page", ...overrides };
  };
  beforeEach(() => {
    panel = mountPanel();
  });

  it("shows a hostile HTML body as inert text: no element is made from it", async () => {
    const hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    panel.replay([html({ responseMimeType: "text/html", responseBodySize: hostile.length })]);
    panel.feed.withContent("x", hostile);
    fireEvent.click(rowWith(panel, "/page "));
    openTab("Response");
    await waitFor(() => expect(bodyText()).toBe(hostile));
    expect(document.querySelector("img, script")).toBeNull();
  });

  it("describes a binary body instead of dumping it", async () => {
    panel.replay([html({ responseMimeType: "image/png", responseBodySize: 12_345 })]);
    panel.feed.withContent("x", "iVBORw0KGgoAAAANSUhEUgAA");
    fireEvent.click(rowWith(panel, "/page "));
    openTab("Response");
    await waitFor(() => expect(pane().textContent).toBe("image/png, 12.3 kB, binary: not shown"));
  });

  it("describes a body DevTools hands over base64-encoded, whatever its type says", async () => {
    panel.replay([html({ responseMimeType: "text/plain", responseBodySize: 3 })]);
    panel.feed.withContent("x", { text: "AAEC", encoding: "base64" });
    fireEvent.click(rowWith(panel, "/page "));
    openTab("Response");
    await waitFor(() => expect(pane().textContent).toBe("text/plain, 3 B, binary: not shown"));
  });

  it("cuts a long body at 100 KiB until Show all is pressed", async () => {
    const long = "x".repeat(150 * 1024);
    panel.replay([html({ responseMimeType: "text/plain", responseBodySize: long.length })]);
    panel.feed.withContent("x", long);
    fireEvent.click(rowWith(panel, "/page "));
    openTab("Response");
    await waitFor(() => expect(bodyText()).toHaveLength(100 * 1024));
    expect(pane().textContent).toContain("Showing the first 102 kB of 154 kB.");
    fireEvent.click(within(pane()).getByRole("button", { name: "Show all" }));
    expect(bodyText()).toHaveLength(150 * 1024);
    expect(within(pane()).queryByRole("button", { name: "Show all" })).toBeNull();
  });
});

describe("request details of imported files", () => {
  beforeEach(() => {
    panel = mountPanel();
  });
  const importFixture = (name: string) =>
    act(() => panel.store.importHar(readFileSync(`tests/fixtures/har/${name}`, "utf8"), name));

  it("reads Firefox's JSON payload and body from the file, pretty-printed", () => {
    importFixture("firefox-capture.har");
    fireEvent.click(rowWith(panel, "/api/report "));
    openTab("Payload");
    expect(bodyText()).toMatch(/^\{\n {2}"/);
    openTab("Response");
    expect(bodyText()).toMatch(/^\{\n {2}"/);
    expect(JSON.parse(bodyText())).toBeTypeOf("object");
  });

  it("lists a form post's fields and a query's parameters, decoded", () => {
    importFixture("mitmproxy-api.har");
    fireEvent.click(rowWith(panel, "/login "));
    openTab("Payload");
    expect(pairsIn("Form data")).toEqual(["user: ada", "password: [redacted]"]);
    fireEvent.click(rowWith(panel, "/v1/search"));
    expect(pairsIn("Query string parameters")).toEqual(["q: shoes", "page: 3"]);
  });

  it("says so when the file left a body out", () => {
    importFixture("chromium-demo.har");
    fireEvent.click(rowWith(panel, "/status/404 "));
    openTab("Response");
    expect(pane().textContent).toBe("This HAR file does not include the response body.");
  });
});

describe("secrets on screen", () => {
  const BEARER = "Bearer eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.sig";
  const secretRecord = (): RequestRecord => {
    const base = demoRecords().find((r) => r.path === "/status/200") as RequestRecord;
    return {
      ...base,
      id: "secret",
      url: "http://127.0.0.1:43241/api/me?token=s3cr3t-t0ken&page=2",
      path: "/api/me?token=s3cr3t-t0ken&page=2",
      requestHeaders: [
        { name: "Authorization", value: BEARER },
        { name: "Cookie", value: "session=abc123def; theme=dark" },
        { name: "Accept", value: "application/json" },
      ],
      responseHeaders: [{ name: "Content-Type", value: "application/json" }],
      requestBody: { mimeType: "application/json", text: '{"user":"ada","password":"hunter2"}' },
      responseMimeType: "application/json",
      responseBodySize: 40,
    };
  };
  const showSecrets = () => panel.view.getByRole("checkbox", { name: "Show secrets" });
  const pageText = () => document.body.textContent ?? "";

  beforeEach(() => {
    panel = mountPanel();
    panel.replay([secretRecord()]);
    panel.feed.withContent("secret", '{"id":7,"access_token":"at-999"}');
  });

  it("hides them by default in the Name column, the card, headers, payload and body", async () => {
    expect(showSecrets()).toHaveProperty("checked", false);
    const row = rowWith(panel, "/api/me");
    expect(row.textContent).toContain("/api/me?token=[redacted]&page=2");
    fireEvent.click(row);
    expect(within(cardRegion()).getByText(/\/api\/me\?token=/).textContent).toContain("token=[redacted]");
    expect(pairsIn("Request headers")).toEqual([
      "Authorization: Bearer [redacted]",
      "Cookie: session=[redacted]; theme=[redacted]",
      "Accept: application/json",
    ]);
    openTab("Payload");
    expect(pairsIn("Query string parameters")).toEqual(["token: [redacted]", "page: 2"]);
    expect(bodyText()).toContain('"password": "[redacted]"');
    openTab("Response");
    await waitFor(() => expect(bodyText()).toContain('"access_token": "[redacted]"'));
    for (const secret of ["eyJhbGci", "abc123def", "s3cr3t", "hunter2", "at-999"]) {
      expect(pageText()).not.toContain(secret);
    }
  });

  it("shows them as they are once Show secrets is on, and hides them again when it is off", async () => {
    fireEvent.click(showSecrets());
    expect(panel.store.revealSecrets.value).toBe(true);
    expect(rowWith(panel, "/api/me").textContent).toContain("token=s3cr3t-t0ken");
    fireEvent.click(rowWith(panel, "/api/me"));
    expect(pairsIn("Request headers")).toContain(`Authorization: ${BEARER}`);
    expect(pairsIn("Request headers")).toContain("Cookie: session=abc123def; theme=dark");
    openTab("Response");
    await waitFor(() => expect(bodyText()).toContain('"access_token": "at-999"'));
    fireEvent.click(showSecrets());
    expect(bodyText()).toContain('"access_token": "[redacted]"');
    expect(pageText()).not.toContain("s3cr3t");
  });
});
