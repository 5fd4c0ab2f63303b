import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemoServer } from "../../demo/server.js";
import { findChromium } from "../../scripts/find-chromium.js";
import { buildCliPackage } from "../cli/built-cli";

// The README's CI recipe, as written there: record a HAR of the demo with Playwright's recordHar, then gate on it
// with `status-lens har run.har --fail-on … --format junit > report.xml`.

interface HarFile {
  log: { entries: Array<{ request: { url: string }; response: { status: number } }> };
}

describe("the README's CI recipe: recordHar, then status-lens har --fail-on --format junit", () => {
  const cli = buildCliPackage("status-lens-recipe-");
  const work = mkdtempSync(join(tmpdir(), "status-lens-recipe-"));
  let har: HarFile;

  beforeAll(async () => {
    cli.build();
    const demo = await startDemoServer({ port: 0, corsPort: 0 });
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: process.getuid?.() === 0 ? ["--no-sandbox"] : [],
    });
    try {
      // The recipe's test, step for step.
      const context = await browser.newContext({ recordHar: { path: join(work, "run.har") } });
      const page = await context.newPage();
      await page.goto(demo.url);
      await page.waitForSelector("body[data-demo=done]");
      await context.close(); // writes run.har
    } finally {
      await browser.close();
      await demo.close();
    }
    har = JSON.parse(readFileSync(join(work, "run.har"), "utf8"));
  }, 60_000);
  afterAll(() => {
    cli.remove();
    rmSync(work, { recursive: true, force: true });
  });

  /** The recipe's command line, through a shell, in the folder that holds run.har. */
  const gate = (query: string) =>
    spawnSync(
      "bash",
      ["-c", `node "$0" har run.har --fail-on "$1" --format junit > report.xml`, cli.bin, query],
      { cwd: work, encoding: "utf8" },
    );

  it("fails the run (exit 3) with one JUnit testcase per 5xx or failed request, secrets redacted", () => {
    const result = gate("status:5xx,0");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(3);
    const report = readFileSync(join(work, "report.xml"), "utf8");
    // Playwright writes a request that got no response with status -1 (or 0).
    const expected = har.log.entries.filter(
      ({ response: { status } }) => status <= 0 || (status >= 500 && status < 600),
    );
    const cases = [...report.matchAll(/<testcase [^>]*name="([^"]*)"/g)].map((match) => match[1] ?? "");
    expect(cases).toHaveLength(expected.length);
    expect(report).toContain(
      `<testsuites name="status-lens" tests="${expected.length}" failures="${expected.length}" errors="0">`,
    );
    for (const code of [500, 502, 503, 504])
      expect(
        cases.some((name) => name.includes(`/status/${code}`)),
        `/status/${code}`,
      ).toBe(true);
    expect(cases.some((name) => / CORS error GET /.test(name))).toBe(true);
    expect(cases.some((name) => /net::ERR_CONNECTION_REFUSED/.test(name))).toBe(true);
    expect(report).not.toContain("s3cr3t");
  });

  it("passes (exit 0) where nothing matches: the issue's 'status:5xx is:failed' is an AND, which no request meets", () => {
    const result = gate("status:5xx is:failed");
    expect(result.status).toBe(0);
    expect(readFileSync(join(work, "report.xml"), "utf8")).toContain('tests="0" failures="0"');
  });
});
