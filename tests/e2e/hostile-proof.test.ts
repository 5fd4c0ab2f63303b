import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDemo } from "../../scripts/browser/open-demo.js";
import { waitFor } from "../../scripts/browser/target-session.js";
import { PanelPage } from "./support/panel-page";
import { PAYLOAD_ELEMENTS } from "./support/payload-elements";

/**
 * Proof that the hostile checks can fail: a test-only build (tests/e2e/proof/) renders bodies as HTML, as a
 * careless change would, and the check tests/e2e/hostile.test.ts makes on every row must then find the payload.
 */
describe("the hostile page, against a build that renders bodies as HTML", () => {
  const extensionDir = mkdtempSync(join(tmpdir(), "status-lens-html-body-"));
  let session: Awaited<ReturnType<typeof openDemo>>;

  beforeAll(async () => {
    execFileSync(
      process.execPath,
      [
        "node_modules/vite/bin/vite.js",
        "build",
        "--config",
        "tests/e2e/proof/vite.html-body.config.ts",
        "--outDir",
        extensionDir,
        "--emptyOutDir",
        "--logLevel",
        "error",
      ],
      { stdio: "pipe" },
    );
    session = await openDemo({ headless: true, path: "/hostile", extensionDir });
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    rmSync(extensionDir, { recursive: true, force: true });
  });

  it("finds the payload of the HTML body live in the panel: the DOM check has teeth", async () => {
    const panel = new PanelPage(session.panel);
    const url = `${session.demo.hostileUrl}body-html`;
    await panel.waitForRows("the HTML body's request", (rows) => rows.some((row) => row.url === url));
    await panel.clickRowByUrl(url);
    await panel.openDetailsTab("Response");
    const live = await waitFor("the payload to show up", async () => {
      const found: string[] = await session.panel.evaluate(PAYLOAD_ELEMENTS);
      return found.length > 0 && found;
    });
    expect(live.join("\n")).toMatch(/<img|<script/i);
  });
});
