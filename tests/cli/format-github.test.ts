import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { githubData, githubProperty } from "../../src/cli/format-github";
import { main } from "../../src/cli/main";
import { fakeIo } from "./fake-io";

const DEMO = "tests/fixtures/har/chromium-demo.har";

/** What the runner reads back out of an escaped value (its `toCommandValue` in reverse). */
const decoded = (text: string) =>
  text
    .replace(/%0D/g, "\r")
    .replace(/%0A/g, "\n")
    .replace(/%3A/g, ":")
    .replace(/%2C/g, ",")
    .replace(/%25/g, "%");

describe("GitHub workflow-command escaping", () => {
  it.each([
    { text: "100% done", data: "100%25 done", property: "100%25 done" },
    { text: "one\ntwo\r\nthree", data: "one%0Atwo%0D%0Athree", property: "one%0Atwo%0D%0Athree" },
    {
      text: "GET http://a:8080/x?a=1,2",
      data: "GET http://a:8080/x?a=1,2",
      property: "GET http%3A//a%3A8080/x?a=1%2C2",
    },
    { text: "%0A is not a newline", data: "%250A is not a newline", property: "%250A is not a newline" },
    { text: "::error::", data: "::error::", property: "%3A%3Aerror%3A%3A" },
  ])("$text", ({ text, data, property }) => {
    expect(githubData(text)).toBe(data);
    expect(githubProperty(text)).toBe(property);
    expect(decoded(githubProperty(text))).toBe(text);
  });
});

async function github(env: Record<string, string>, ...args: string[]) {
  const appended: Array<{ path: string; text: string }> = [];
  const { io, cli } = fakeIo((path) => readFile(path));
  cli.env = env;
  cli.appendFile = async (path, text) => {
    appended.push({ path, text });
  };
  const code = await main(["har", ...args, "--format", "github"], cli);
  return { code, appended, ...io };
}

describe("status-lens har --format github", () => {
  it("writes one ::error annotation per failing request, one line each, properties escaped", async () => {
    const { code, stdout, appended } = await github({}, DEMO);
    expect(code).toBe(0);
    expect(appended).toEqual([]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(20);
    for (const line of lines) {
      const match = /^::error title=([^:,]*)::(.*)$/.exec(line);
      expect(match, line).not.toBeNull();
      expect(decoded(match?.[1] ?? "")).toMatch(/^tests\/fixtures\/har\/chromium-demo\.har #\d+: /);
    }
    const loop = lines.find((line) => line.includes("ERR_TOO_MANY_REDIRECTS")) ?? "";
    const message = decoded(loop.slice(loop.indexOf("::", 2) + 2));
    expect(message.split("\n")[0]).toMatch(/^net::ERR_TOO_MANY_REDIRECTS: /);
    expect(message).toMatch(/\n- Redirect loop between http:\/\/127\.0\.0\.1:\d+\/loop\/a/);
  });

  it("appends a Markdown job summary to $GITHUB_STEP_SUMMARY, and exits 3 on --fail-on matches", async () => {
    const { code, stdout, appended } = await github(
      { GITHUB_STEP_SUMMARY: "/tmp/step-summary.md" },
      DEMO,
      "--fail-on",
      "status:5xx,0",
    );
    expect(code).toBe(3);
    expect(appended).toHaveLength(1);
    expect(appended[0]?.path).toBe("/tmp/step-summary.md");
    const annotations = stdout.trimEnd().split("\n").length;
    expect(appended[0]?.text).toMatch(
      new RegExp(
        `^\\*\\*Status Lens\\*\\*: ${annotations} of 60 requests match \`status:5xx,0\` in 1 HAR file\\.`,
      ),
    );
  });
});
