import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATUS_ROUTES } from "../../demo/routes.js";
import { openDemo } from "../../scripts/browser/open-demo.js";
import { waitFor } from "../../scripts/browser/target-session.js";
import { PanelPage } from "./support/panel-page";

/** The credential demo/page/demo.js sends with its 401 request. */
const TOKEN = "demo.eyJzdWIiOiJkZW1vIn0.s3cr3t";

describe("a request in full, in the real panel", () => {
  let session: Awaited<ReturnType<typeof openDemo>>;
  let panel: PanelPage;

  beforeAll(async () => {
    session = await openDemo({ headless: true });
    panel = new PanelPage(session.panel);
    await panel.waitForRows("the demo's 422 and 401 to be listed", (rows) =>
      ["422", "401"].every((code) => rows.some((row) => row.code === code)),
    );
  });

  afterAll(async () => {
    await session?.close();
  });

  it("shows the 422's response headers as the server sent them, and its JSON body re-indented from getContent", async () => {
    await panel.clickRow("(text) => text.includes('/status/422')");
    const responseHeaders = await waitFor("the 422's response headers", async () => {
      const pairs = await panel.detailsPairs("Response headers");
      return pairs.length > 0 && pairs;
    });
    // What demo/server.js writes for /status/422, and what node adds; nothing of the request's.
    expect(responseHeaders.map((line) => line.split(":")[0]).sort()).toEqual([
      "Cache-Control",
      "Connection",
      "Content-Type",
      "Date",
      "Keep-Alive",
      "Transfer-Encoding",
    ]);
    expect(responseHeaders).toContain("Content-Type: application/problem+json");
    expect(responseHeaders.join("\n")).not.toContain("application/json");
    expect(await panel.detailsPairs("Request headers")).toContain("Content-Type: application/json");

    await panel.openDetailsTab("Response");
    const body = await waitFor(
      "the 422's body from DevTools",
      async () => (await panel.detailsBody()) || false,
    );
    expect(body).toBe(JSON.stringify(JSON.parse(STATUS_ROUTES[422]?.body ?? ""), null, 2));
  });

  it("shows the 500's HTML error page as inert text: no element from it, no script run", async () => {
    await panel.clickRow("(text) => text.includes('/status/500')");
    await panel.openDetailsTab("Response");
    const body = await waitFor(
      "the 500's body from DevTools",
      async () => (await panel.detailsBody()) || false,
    );
    expect(body).toBe(STATUS_ROUTES[500]?.body);
    expect(
      await session.panel.evaluate(
        `[document.querySelectorAll("img, script:not([src])").length, [...document.querySelectorAll("h1")].some((h) => h.textContent === "Internal error"), window.statusLensPwned ?? null]`,
      ),
    ).toEqual([0, false, null]);
  });

  it("redacts the 401's Authorization header until Show secrets is on", async () => {
    await panel.clickRow("(text) => text.includes('/status/401')");
    await panel.openDetailsTab("Headers");
    const redacted = await waitFor("the 401's request headers", async () => {
      const pairs = await panel.detailsPairs("Request headers");
      return pairs.some((line) => line.startsWith("Authorization:")) && pairs;
    });
    expect(redacted).toContain("Authorization: Bearer [redacted]");
    expect(await session.panel.evaluate(`document.body.innerText.includes(${JSON.stringify(TOKEN)})`)).toBe(
      false,
    );

    await panel.setShowSecrets(true);
    await waitFor("the token to show", async () =>
      (await panel.detailsPairs("Request headers")).includes(`Authorization: Bearer ${TOKEN}`),
    );
    const { data } = await session.handles.devtools.send("Page.captureScreenshot", { format: "png" });
    writeFileSync(join(tmpdir(), "request-details.png"), Buffer.from(data, "base64"));
    await panel.setShowSecrets(false);
    await waitFor("the token to hide again", async () =>
      (await panel.detailsPairs("Request headers")).includes("Authorization: Bearer [redacted]"),
    );
  });
});
