import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { harEntry } from "../har-entry";
import { fakeIo } from "./fake-io";

const entry = (
  url: string,
  status: number,
  request: Record<string, string>,
  response: Record<string, string>,
) => harEntry(url, status, { request, response });

const expired = { "WWW-Authenticate": 'Bearer error="invalid_token"' };
const HAR = JSON.stringify({
  log: {
    version: "1.2",
    creator: { name: "test", version: "1" },
    entries: [
      entry(
        "https://api.example.com/me?access_token=tok4242",
        401,
        { Authorization: "Bearer eyJsecret1" },
        expired,
      ),
      entry("https://api.example.com/orders", 401, { Cookie: "session=c00kie99" }, expired),
      entry("https://user:hunter22@api.example.com/ok", 200, {}, {}),
    ],
  },
});

async function har(...args: string[]) {
  const { io, cli } = fakeIo(() => Promise.resolve(HAR));
  const code = await main(["har", "x.har", ...args], cli);
  return { code, ...io };
}

describe("status-lens har redacts by default", () => {
  it("hides tokens in the text report, and lists the shared cause under Problems", async () => {
    const { code, stdout } = await har("--filter", "method:GET");
    expect(code).toBe(0);
    expect(stdout).toContain("GET https://api.example.com/me?access_token=[redacted]");
    expect(stdout).toContain("GET https://[redacted]@api.example.com/ok");
    expect(stdout).not.toMatch(/tok4242|hunter22/);
    expect(stdout).toContain(
      'Problems\n  2× api.example.com rejects the Bearer token with error="invalid_token"',
    );
  });

  it("hides them in --json, where the shared causes are `causes`", async () => {
    const { stdout } = await har("--json");
    expect(stdout).not.toMatch(/tok4242|hunter22|eyJsecret1|c00kie99/);
    const report = JSON.parse(stdout);
    expect(report.entries[0].url).toBe("https://api.example.com/me?access_token=[redacted]");
    expect(report.causes).toEqual([
      expect.objectContaining({
        count: 2,
        severity: "error",
        key: "auth api.example.com bearer invalid_token",
      }),
    ]);
  });

  it.each(["junit", "github", "markdown"])("hides them in --format %s", async (format) => {
    const { stdout } = await har("--format", format, "--fail-on", "method:GET");
    expect(stdout).toContain("access_token=[redacted]");
    expect(stdout).toContain("[redacted]@api.example.com/ok");
    expect(stdout).not.toMatch(/tok4242|hunter22|eyJsecret1|c00kie99/);
    const revealed = await har("--format", format, "--fail-on", "method:GET", "--no-redact");
    expect(revealed.stdout).toContain("access_token=tok4242");
  });

  it("hides them in the GitHub job summary", async () => {
    const appended: string[] = [];
    const { cli } = fakeIo(() => Promise.resolve(HAR));
    cli.env = { GITHUB_STEP_SUMMARY: "/summary.md" };
    cli.appendFile = async (_path, text) => {
      appended.push(text);
    };
    await main(["har", "x.har", "--format", "github", "--fail-on", "method:GET"], cli);
    expect(appended.join("")).toContain("access_token=[redacted]");
    expect(appended.join("")).not.toMatch(/tok4242|hunter22|eyJsecret1|c00kie99/);
  });

  it("shows them with --no-redact, and says so in --help", async () => {
    expect((await har("--json", "--no-redact")).stdout).toContain("access_token=tok4242");
    expect((await har("--no-redact")).stdout).toContain("access_token=tok4242");
    const help = (await har("--help")).stdout;
    expect(help).toContain("--no-redact");
    expect(help).toMatch(/\[redacted\]/);
  });
});
