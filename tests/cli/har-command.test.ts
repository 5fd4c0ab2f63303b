import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { buildCliPackage } from "./built-cli";
import { fakeIo } from "./fake-io";

const FIXTURES = "tests/fixtures/har";

async function har(...args: string[]) {
  const { io, cli } = fakeIo((path) =>
    path.startsWith("inline:") ? Promise.resolve(path.slice(7)) : readFile(path, "utf8"),
  );
  const code = await main(["har", ...args], cli);
  return { code, ...io };
}

interface JsonReport {
  total: number;
  buckets: Record<string, number>;
  entries: Array<{
    index: number;
    status: number;
    bucket: string;
    failure?: { kind: string };
    hints: string[];
  }>;
  problems: Array<{ index: number; message: string }>;
}

async function harJson(...args: string[]): Promise<JsonReport> {
  const { code, stdout, stderr } = await har(...args, "--json");
  expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  return JSON.parse(stdout);
}

describe("status-lens har (text)", () => {
  it("prints buckets, top failing endpoints and each failing request with meaning and hints", async () => {
    const { code, stdout, stderr } = await har(`${FIXTURES}/mitmproxy-api.har`);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("mitmproxy-api.har: 11 requests\n");
    expect(stdout).toContain("1xx 0 · 2xx 2 · 3xx 3 · 4xx 3 · 5xx 2 · Failed 0 · Non-standard 1");
    expect(stdout).toContain("Top failing endpoints\n  2× 404 GET api.example.com/v1/users/:uuid\n");
    expect(stdout).toContain("Failing requests (6)");
    expect(stdout).toMatch(
      /#5 429 Too Many Requests GET https:\/\/api\.example\.com\/v1\/search\?q=shoes&page=3\n {6}Too Many Requests: /,
    );
    expect(stdout).toContain("- Retry-After: wait 30 s after the response");
    expect(stdout).not.toMatch(/#1 200/);
  });

  it("names each failure kind in the Chromium capture", async () => {
    const { stdout } = await har(`${FIXTURES}/chromium-demo.har`);
    expect(stdout).toContain("Failed 5 (network 2, blocked 1, canceled 1, CORS 1)");
    expect(stdout).toMatch(/#56 CORS error GET http:\/\/127\.0\.0\.1:\d+\/data/);
    expect(stdout).toMatch(/#57 \(failed\) net::ERR_CONNECTION_REFUSED GET/);
    expect(stdout).toMatch(/#58 \(canceled\) GET/);
    expect(stdout).toMatch(/#59 \(blocked:other\) GET .*\n\s+net::ERR_BLOCKED_BY_CLIENT/);
  });

  it("explains the end of a redirect loop with its chain", async () => {
    const { stdout } = await har(`${FIXTURES}/chromium-demo.har`);
    const block = stdout.slice(
      stdout.indexOf("#40 (failed) net::ERR_TOO_MANY_REDIRECTS"),
      stdout.indexOf("#41 "),
    );
    expect(block).toMatch(
      /- Redirect loop between http:\/\/127\.0\.0\.1:\d+\/loop\/a, http:\/\/127\.0\.0\.1:\d+\/loop\/b \(20 redirects\)\./,
    );
    expect(block).toContain("limit of 20 redirects");
  });

  it("lists what --filter keeps, while the counts still cover the file", async () => {
    const { code, stdout } = await har(`${FIXTURES}/firefox-shop.har`, "--filter", "status:4xx");
    expect(code).toBe(0);
    expect(stdout).toContain("10 requests");
    expect(stdout).toContain('Requests matching "status:4xx" (2)');
    expect(stdout).toContain("The server says: Order not found");
  });

  it("says when a response came from the cache", async () => {
    const { stdout } = await har(`${FIXTURES}/chromium-cache.har`, "--filter", "is:cached");
    expect(stdout).toMatch(/#3 200 OK GET http:\/\/127\.0\.0\.1:\d+\/cached \(from disk cache\)\n/);
    expect(stdout).toMatch(/#5 304 Not Modified GET http:\/\/127\.0\.0\.1:\d+\/revalidate\n/);
    // Each request says whether and how long it is cached, from its own headers (issue 14).
    expect(stdout).toContain(
      "(from disk cache)\n      OK: The request worked and the body carries the result.\n      Caching: Served from the disk cache. Fresh for 10 min in the browser cache and shared caches (CDN, proxy).\n",
    );
    expect(stdout).toContain(
      "      Caching: Confirmed unchanged by the server; the copy in the browser cache and shared caches (CDN, proxy) is reused, checked again before every use (no-cache).\n",
    );
  });

  it("reports skipped entries of a partly malformed file", async () => {
    const { code, stdout } = await har(`${FIXTURES}/partly-malformed.har`);
    expect(code).toBe(0);
    expect(stdout).toContain("2 requests, 2 entries skipped");
    expect(stdout).toContain(
      "Skipped entries\n  entry 1: not an object\n  entry 2: request.url is missing or empty\n",
    );
  });
});

describe("status-lens har --json", () => {
  it("counts the whole file and lists every entry with hints", async () => {
    const report = await harJson(`${FIXTURES}/playwright-capture.har`);
    expect(Object.keys(report)).toEqual(["total", "buckets", "causes", "entries", "problems"]);
    expect(report.total).toBe(10);
    expect(report.buckets).toEqual({
      "1xx": 0,
      "2xx": 3,
      "3xx": 1,
      "4xx": 2,
      "5xx": 1,
      failed: 3,
      nonstandard: 0,
    });
    expect(report.entries.map((e) => e.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(report.entries[7]).toMatchObject({
      status: 0,
      bucket: "failed",
      failure: { kind: "cors", error: "net::ERR_FAILED" },
    });
    expect(Object.keys(report.entries[2] ?? {})).toEqual([
      "index",
      "method",
      "url",
      "status",
      "statusText",
      "bucket",
      "findings",
      "hints",
      "caching",
    ]);
    expect(report.entries.every((e) => e.hints.every((h) => typeof h === "string" && h.length > 0))).toBe(
      true,
    );
    expect(report.entries[2]?.hints[0]).toMatch(/^The server says: Not Found: No user 7/);
    expect(report.problems).toEqual([]);
  });

  it.each([
    { query: "status:4xx", indexes: [2, 3] },
    { query: "is:failed", indexes: [7, 8, 9] },
    { query: "method:POST", indexes: [4] },
    { query: "", indexes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] },
  ])("--filter $query keeps entries $indexes; totals unchanged", async ({ query, indexes }) => {
    const report = await harJson(`${FIXTURES}/playwright-capture.har`, `--filter=${query}`);
    expect(report.entries.map((e) => e.index)).toEqual(indexes);
    expect(report.total).toBe(10);
  });

  it("puts bad entries in problems and keeps the good ones", async () => {
    const report = await harJson(`${FIXTURES}/partly-malformed.har`);
    expect(report.total).toBe(2);
    expect(report.entries.map((e) => e.index)).toEqual([0, 3]);
    expect(report.problems).toEqual([
      { index: 1, message: "entry 1: not an object" },
      { index: 2, message: "entry 2: request.url is missing or empty" },
    ]);
  });
});

describe("status-lens har errors", () => {
  it.each([
    { file: "inline:{not json", line: /^status-lens har: inline:\{not json: not a HAR file: invalid JSON/ },
    { file: 'inline:{"log":{}}', line: /^status-lens har: .*: not a HAR file: no log\.entries array$/ },
    { file: "inline:[1,2]", line: /not a HAR file/ },
    { file: `${FIXTURES}/README.md`, line: /README\.md: not a HAR file: invalid JSON/ },
    { file: `${FIXTURES}/missing.har`, line: /^status-lens har: cannot read .*missing\.har: ENOENT/ },
    {
      file: `${FIXTURES}/*.nothing`,
      line: /^status-lens har: no file matches tests\/fixtures\/har\/\*\.nothing$/,
    },
  ])("$file: exit 2 and one line", async ({ file, line }) => {
    const { code, stdout, stderr } = await har(file);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd()).toMatch(line);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it.each([
    { args: [], message: "no HAR file given" },
    { args: ["a.har", "--filter"], message: "--filter needs a query" },
    { args: ["a.har", "--csv"], message: "unknown option --csv" },
  ])("usage error $message: exit 1", async ({ args, message }) => {
    const { code, stderr } = await har(...args);
    expect(code).toBe(1);
    expect(stderr).toContain(message);
  });

  it("rejects a bad filter with the parser's message and suggestion", async () => {
    const { code, stderr } = await har(`${FIXTURES}/firefox-shop.har`, "--filter", "stauts:4xx");
    expect(code).toBe(1);
    expect(stderr).toMatch(/^status-lens har: bad --filter: .*stauts.*did you mean "status:4xx"/);
  });

  it("prints usage for --help", async () => {
    const { code, stdout } = await har("--help");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: status-lens har <file\.har\.\.\.>/);
  });
});

describe("the installed bin: status-lens har", () => {
  // The real bin over a fresh build of the CLI.
  const cli = buildCliPackage("status-lens-har-");
  beforeAll(() => {
    cli.build();
    writeFileSync(join(cli.root, "page.html"), "<!doctype html><title>not a HAR</title>");
  }, 60_000);
  afterAll(() => cli.remove());

  const run = (...args: string[]) => cli.run("har", ...args);

  it("summarizes a real capture and exits 0", () => {
    const result = run(`${FIXTURES}/playwright-capture.har`);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^tests\/fixtures\/har\/playwright-capture\.har: 10 requests\n/);
    expect(result.stdout).toContain("2× 404 GET 127.0.0.1:");
  });

  it("prints the JSON report with --json", () => {
    const result = run(`${FIXTURES}/partly-malformed.har`, "--json");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ total: 2, problems: [{ index: 1 }, { index: 2 }] });
  });

  it("exits 2 with one line on stderr and no stack trace for a file that is not HAR", () => {
    const result = run(join(cli.root, "page.html"));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^status-lens har: .*page\.html: not a HAR file: invalid JSON/);
  });

  it("ends quietly with status 0 when the reader goes away (| head -1)", () => {
    const piped = spawnSync(
      "bash",
      [
        "-c",
        'set -o pipefail; node "$0" har "$1" | head -1',
        join(cli.root, "bin", "status-lens.js"),
        `${FIXTURES}/chromium-demo.har`,
      ],
      { encoding: "utf8" },
    );
    expect(piped.stderr).toBe("");
    expect(piped.status).toBe(0);
    expect(piped.stdout).toMatch(/^tests\/fixtures\/har\/chromium-demo\.har: 60 requests\n$/);
  });

  it("exits 3 for --fail-on matches, 0 within --max-failures, 2 for an unreadable file among several", () => {
    expect(run(`${FIXTURES}/playwright-capture.har`, "--fail-on", "is:failed").status).toBe(3);
    expect(
      run(`${FIXTURES}/playwright-capture.har`, "--fail-on", "is:failed", "--max-failures", "3").status,
    ).toBe(0);
    const several = run(
      `${FIXTURES}/playwright-capture.har`,
      join(cli.root, "page.html"),
      "--fail-on",
      "is:failed",
    );
    expect(several.status).toBe(2);
    expect(several.stdout).toContain("Total: 2 files (1 not read), 10 requests, 3 matching --fail-on");
  });

  it("expands a glob the shell left alone", () => {
    const result = run(`${FIXTURES}/*.har`, "--json");
    expect(result.status).toBe(0);
    const files = JSON.parse(result.stdout).files.map((f: { file: string }) => f.file);
    expect(files).toContain(`${FIXTURES}/playwright-capture.har`);
    expect(files.every((file: string) => file.endsWith(".har"))).toBe(true);
  });

  it("reads standard input for -", () => {
    const result = cli.runWithInput(readFileSync(`${FIXTURES}/playwright-capture.har`), "har", "-");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^-: 10 requests\n/);
  });

  it("reads a UTF-16 file, with its BOM, as the panel does", () => {
    const utf8 = readFileSync(`${FIXTURES}/playwright-capture.har`, "utf8");
    const utf16 = join(cli.root, "utf16.har");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, "utf16le")]));
    const bom8 = join(cli.root, "bom8.har");
    writeFileSync(bom8, `\ufeff${utf8}`);
    const report = (file: string) => JSON.parse(run(file, "--json").stdout);
    expect(report(utf16)).toEqual(report(`${FIXTURES}/playwright-capture.har`));
    expect(report(bom8)).toEqual(report(`${FIXTURES}/playwright-capture.har`));
  });
});
