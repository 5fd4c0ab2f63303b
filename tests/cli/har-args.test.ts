import { describe, expect, it } from "vitest";
import { parseHarArgs } from "../../src/cli/har-args";

const plain = { format: "text", redact: { reveal: false }, maxFailures: 0 };

describe("parseHarArgs", () => {
  it.each([
    { args: ["x.har"], want: { ...plain, files: ["x.har"] } },
    { args: ["--json", "x.har"], want: { ...plain, files: ["x.har"], format: "json" } },
    { args: ["x.har", "--no-redact"], want: { ...plain, files: ["x.har"], redact: { reveal: true } } },
    {
      args: ["x.har", "--filter", "-status:2xx"],
      want: { ...plain, files: ["x.har"], query: "-status:2xx" },
    },
    { args: ["x.har", "--filter=a b"], want: { ...plain, files: ["x.har"], query: "a b" } },
    { args: ["a.har", "b.har", "-"], want: { ...plain, files: ["a.har", "b.har", "-"] } },
    {
      args: ["x.har", "--fail-on", "status:5xx is:failed", "--max-failures=2"],
      want: { ...plain, files: ["x.har"], failOn: "status:5xx is:failed", maxFailures: 2 },
    },
    { args: ["--format", "junit", "x.har"], want: { ...plain, files: ["x.har"], format: "junit" } },
    { args: ["--format=github", "x.har"], want: { ...plain, files: ["x.har"], format: "github" } },
    { args: ["x.har", "--json", "--format", "json"], want: { ...plain, files: ["x.har"], format: "json" } },
  ])("$args", ({ args, want }) => {
    expect(parseHarArgs(args)).toEqual(want);
  });

  it.each([
    { args: [], error: "no HAR file given" },
    { args: ["x.har", "--fail-on"], error: "--fail-on needs a query" },
    { args: ["x.har", "--format"], error: "--format needs a format" },
    { args: ["x.har", "--format", "csv"], error: 'unknown format "csv"' },
    { args: ["x.har", "--json", "--format", "junit"], error: "--json and --format junit disagree" },
    {
      args: ["x.har", "--fail-on", "is:failed", "--max-failures", "-1"],
      error: "--max-failures needs a whole number",
    },
    {
      args: ["x.har", "--fail-on", "is:failed", "--max-failures", "two"],
      error: "--max-failures needs a whole number",
    },
    { args: ["x.har", "--max-failures", "2"], error: "--max-failures needs --fail-on" },
  ])("$args: $error", ({ args, error }) => {
    const parsed = parseHarArgs(args);
    expect(parsed).toHaveProperty("error");
    expect("error" in parsed && parsed.error).toContain(error);
  });
});
