import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { fakeIo } from "./fake-io";

const DEMO = "tests/fixtures/har/chromium-demo.har";

async function markdown(...args: string[]) {
  const { io, cli } = fakeIo((path) => readFile(path));
  const code = await main(["har", ...args, "--format", "markdown"], cli);
  return { code, ...io };
}

describe("status-lens har --format markdown", () => {
  it("lists every failure kind of the demo capture with its meaning and findings", async () => {
    const { code, stdout, stderr } = await markdown(DEMO);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toMatch(/^\*\*Status Lens\*\*: 20 of 60 requests failed in 1 HAR file\.\n\n### /);
    expect(stdout).toContain("### tests/fixtures/har/chromium-demo.har: 20 of 60 requests failed");
    const items = stdout.split("\n").filter((line) => line.startsWith("- **"));
    expect(items).toHaveLength(20);
    for (const label of [
      "(failed) net::ERR\\_CONNECTION\\_REFUSED",
      "CORS error",
      "(canceled)",
      "(blocked:other)",
      "(failed) net::ERR\\_TOO\\_MANY\\_REDIRECTS",
    ])
      expect(
        items.some((item) => item.startsWith(`- **${label}**`)),
        label,
      ).toBe(true);
    // Each item: the request as code, its meaning indented under it, then its hints.
    expect(stdout).toMatch(
      /- \*\*CORS error\*\* `GET http:\/\/127\.0\.0\.1:\d+\/data` \(#56\)\n {2}\S.*\n {2}- /,
    );
  });

  it("reports several files and their total", async () => {
    const { code, stdout } = await markdown(
      DEMO,
      "tests/fixtures/har/playwright-capture.har",
      "--fail-on",
      "is:failed",
    );
    expect(code).toBe(3);
    expect(stdout).toMatch(/^\*\*Status Lens\*\*: 8 of 70 requests match `is:failed` in 2 HAR files\./);
    expect(stdout.match(/^### /gm)).toHaveLength(2);
  });
});
