import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queriesOf, runExplain } from "../../src/cli/explain-command";
import { main } from "../../src/cli/main";
import { buildCliPackage } from "./built-cli";
import { fakeIo } from "./fake-io";

async function explain(...args: string[]) {
  const { io, cli } = fakeIo();
  const code = await main(["explain", ...args], cli);
  return { code, ...io };
}

const CONTRACT = [
  "code",
  "name",
  "aliases",
  "class",
  "kind",
  "summary",
  "explanation",
  "causes",
  "hints",
  "headers",
  "retry",
  "cacheable",
  "related",
  "spec",
  "links",
];

describe("status-lens explain", () => {
  it("prints a readable card for a code", async () => {
    const { code, stdout, stderr } = await explain("429");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^429 Too Many Requests {2}\[4xx · standard\]/);
    expect(stdout).toContain("Debugging checklist:");
    expect(stdout).toContain("[ ] Read Retry-After");
    expect(stdout).toContain("Spec: RFC 6585 §4");
    expect(stdout).toContain("https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/429");
  });

  it("finds a card by words of an alias", async () => {
    const { code, stdout } = await explain("payload", "too", "large");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^413 Content Too Large/);
    expect(stdout).toContain("Also known as: Payload Too Large");
  });

  it("names the other matches of a word query", async () => {
    const { code, stdout } = await explain("timeout");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^408 Request Timeout/);
    expect(stdout).toMatch(/Other matches for "timeout": 504 Gateway Timeout, /);
  });

  it("explains a net::ERR_ name and an unofficial code", async () => {
    const failure = await explain("net::ERR_CONNECTION_REFUSED");
    expect(failure.stdout).toMatch(/^net::ERR_CONNECTION_REFUSED {2}\[failed · no HTTP status\]/);
    const nginx = await explain("499");
    expect(nginx.stdout).toContain("Sent by: nginx");
  });

  it("prints --json as an array, one entry per query, with the contract fields", async () => {
    const { code, stdout } = await explain("429", "--json", "net::ERR_ABORTED", "im", "a", "teapot", "700");
    expect(code).toBe(0);
    const cards: Record<string, unknown>[] = JSON.parse(stdout);
    expect(Array.isArray(cards)).toBe(true);
    expect(cards.map((card) => card.name)).toEqual([
      "Too Many Requests",
      "net::ERR_ABORTED",
      "I'm a teapot",
      "Not a valid HTTP status",
    ]);
    for (const card of cards) {
      for (const field of CONTRACT.filter((name) => name !== "code")) expect(card).toHaveProperty(field);
    }
    expect(cards[0]).toMatchObject({
      code: 429,
      class: "4xx",
      kind: "standard",
      retry: "after-delay",
      cacheable: false,
    });
    expect(cards[1]).not.toHaveProperty("code");
    expect(cards[1]).toMatchObject({ class: "failed", kind: "failure" });
    expect(Object.keys(cards[0] ?? {}).slice(0, CONTRACT.length)).toEqual(CONTRACT);
  });

  it("gives every number a card, including 0 and codes outside 100–599", async () => {
    const { code, stdout } = await explain("0", "437", "1000", "--json");
    expect(code).toBe(0);
    const cards: { kind: string; class: string }[] = JSON.parse(stdout);
    expect(cards.map((card) => [card.class, card.kind])).toEqual([
      ["failed", "failure"],
      ["4xx", "fallback"],
      ["failed", "fallback"],
    ]);
  });

  it("exits 2 with one clear line on stderr when a query matches nothing", async () => {
    const { code, stdout, stderr } = await explain("no", "such", "thing");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe('status-lens explain: nothing matches "no such thing"\n');
  });

  it("exits 1 with usage when there is no query or an unknown option", async () => {
    expect((await explain()).code).toBe(1);
    const unknown = await explain("429", "--yaml");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("unknown option --yaml");
  });

  it("says, by its clock, that 104's temporary registration has expired", async () => {
    const { io, cli } = fakeIo();
    expect(await main(["explain", "104"], { ...cli, now: () => new Date("2026-12-01T00:00:00Z") })).toBe(0);
    expect(io.stdout).toMatch(/Note: IANA's temporary registration of 104 expired on\s+2026-11-13/);
    const before = fakeIo();
    await main(["explain", "104"], { ...before.cli, now: () => new Date("2026-11-01T00:00:00Z") });
    expect(before.io.stdout).not.toMatch(/expired on/);
  });

  it("reads everything after -- as the query", async () => {
    const { code, stdout, stderr } = await explain("--", "404");
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toMatch(/^404 Not Found/);
  });

  // The grammar itself is table-tested in tests/reference/query-grammar.test.ts; here, what the terminal shows.
  it.each([
    [["-105"], /^net::ERR_NAME_NOT_RESOLVED {2}\[failed/],
    [["--", "-102"], /^net::ERR_CONNECTION_REFUSED {2}\[failed/],
    [["ERR_ABORTED"], /^net::ERR_ABORTED {2}/],
    [["NS_ERROR_OFFLINE"], /^net::ERR_INTERNET_DISCONNECTED {2}/],
    // A number Chromium does not define (the reference grows; -104 got a card).
    [["-9999"], /^Chromium net error -9999 {2}\[failed · no HTTP status\]/],
    [
      ["404.99"],
      /^Note: Sub-status \.99 is IIS's; no card for it yet, so this is the card for 404\.\n\n404 Not Found {2}/,
    ],
    [
      ["500.19"],
      /^Note: IIS 500\.19 Configuration data is invalid: [\s\S]*web\.config[\s\S]*\n\n500 Internal Server Error {2}/,
    ],
  ])("explains %j", async (args, start) => {
    const { code, stdout, stderr } = await explain(...args);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toMatch(start);
    expect(stdout).not.toContain("Not a valid HTTP status");
  });

  it("carries the net error number and the note in --json", async () => {
    const { stdout } = await explain("-105", "404.99", "--json");
    const [netError, subStatus] = JSON.parse(stdout);
    expect(netError).toMatchObject({ name: "net::ERR_NAME_NOT_RESOLVED", netErrorNumber: -105 });
    expect(netError).not.toHaveProperty("note");
    expect(subStatus).toMatchObject({ code: 404, note: expect.stringContaining("Sub-status .99") });
  });

  it("prints a query's control characters escaped, not obeyed", async () => {
    const { code, stderr } = await explain("\u001b]0;pwned\u0007");
    expect(code).toBe(2);
    expect(stderr).toBe('status-lens explain: nothing matches "\\u001b]0;pwned\\u0007"\n');
  });

  it("prints help on --help", async () => {
    const { cli, io } = fakeIo();
    expect(await runExplain(["--help"], cli)).toBe(0);
    expect(io.stdout).toContain("Usage: status-lens explain");
  });
});

describe("queriesOf", () => {
  it("splits codes, numbers and error names, joins other words", () => {
    const words = [
      "429",
      "payload",
      "too",
      "large",
      "net::ERR_FAILED",
      "-1",
      "gone",
      "404.13",
      "NS_ERROR_OFFLINE",
      "x",
    ];
    expect(queriesOf(words)).toEqual([
      "429",
      "payload too large",
      "net::ERR_FAILED",
      "-1",
      "gone",
      "404.13",
      "NS_ERROR_OFFLINE",
      "x",
    ]);
  });
});

describe("the installed bin", () => {
  const cli = buildCliPackage("status-lens-cli-");
  beforeAll(() => {
    cli.build();
  }, 60_000);
  afterAll(() => cli.remove());

  const run = (...args: string[]) => cli.run("explain", ...args);

  it("prints a card and exits 0", () => {
    const result = run("429");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^429 Too Many Requests/);
  });

  it("prints a JSON array with --json", () => {
    const result = run("413", "--json");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({ code: 413, name: "Content Too Large" }),
    ]);
  });

  it("exits 2 with one line on stderr and no stack trace when nothing matches", () => {
    const result = run("no", "such", "status");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toEqual([
      'status-lens explain: nothing matches "no such status"',
    ]);
  });
});
