import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { fakeIo } from "./fake-io";

const CAPTURE = "tests/fixtures/har/playwright-capture.har";

async function har(...args: string[]) {
  const { io, cli } = fakeIo((path) => readFile(path));
  const code = await main(["har", ...args], cli);
  return { code, ...io };
}

describe("status-lens har --fail-on", () => {
  // playwright-capture.har: 4xx at #2 and #3, one 5xx, no status at #7, #8 and #9.
  it.each([
    { query: "status:5xx,0", max: undefined, code: 3 },
    { query: "status:5xx,0", max: "3", code: 3 },
    { query: "status:5xx,0", max: "4", code: 0 },
    { query: "status:404", max: undefined, code: 3 },
    { query: "status:418", max: undefined, code: 0 },
    // Terms are AND-ed: no request is both a 5xx and without a status, so this gate never fails.
    { query: "status:5xx is:failed", max: undefined, code: 0 },
  ])("$query with --max-failures $max: exit $code", async ({ query, max, code }) => {
    const args = [CAPTURE, "--fail-on", query, ...(max ? ["--max-failures", max] : [])];
    const result = await har(...args);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(code);
    expect(result.stdout).toMatch(code === 3 ? /: fail \(exit 3\)\n$/ : /: pass\n$/);
  });

  it("lists the matches with their explanations before the verdict", async () => {
    const { code, stdout } = await har(CAPTURE, "--fail-on", "is:failed");
    expect(code).toBe(3);
    expect(stdout).toContain('Requests matching --fail-on "is:failed" (3)');
    const listed = [...stdout.matchAll(/^ {2}#(\d+) /gm)].map((match) => Number(match[1]));
    expect(listed).toEqual([7, 8, 9]);
    // Each match carries the card's meaning on the next line.
    expect(stdout).toMatch(/#7 .*\n {6}\S/);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(
      '--fail-on "is:failed": 3 requests match: fail (exit 3)',
    );
  });

  it("applies within what --filter keeps", async () => {
    const { code, stdout } = await har(CAPTURE, "--filter", "status:4xx", "--fail-on", "is:failed");
    expect(code).toBe(0);
    expect(stdout).toContain('--fail-on "is:failed": 0 requests match: pass');
  });

  it("puts its query and matches in --json, and still exits 3", async () => {
    const { code, stdout } = await har(CAPTURE, "--fail-on", "is:failed", "--json");
    expect(code).toBe(3);
    expect(JSON.parse(stdout).failOn).toEqual({ query: "is:failed", indexes: [7, 8, 9] });
  });

  it("rejects a bad query with exit 1", async () => {
    const { code, stderr } = await har(CAPTURE, "--fail-on", "is:faild");
    expect(code).toBe(1);
    expect(stderr).toMatch(/^status-lens har: bad --fail-on: .*did you mean "is:failed"/);
  });

  it("exits 2, not 3, when the file cannot be read", async () => {
    const { code } = await har("tests/fixtures/har/missing.har", "--fail-on", "is:failed");
    expect(code).toBe(2);
  });
});
