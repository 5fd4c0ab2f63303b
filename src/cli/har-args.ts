import type { RedactOptions } from "../core/redact";

export const HAR_FORMATS = ["text", "json", "junit", "github", "markdown"] as const;
export type HarFormat = (typeof HAR_FORMATS)[number];

export interface HarOptions {
  files: string[];
  format: HarFormat;
  redact: RedactOptions;
  /** --filter: the requests the report considers; counts still cover the file. */
  query?: string;
  /** --fail-on: requests that fail the run (exit 3). */
  failOn?: string;
  /** --max-failures: how many --fail-on matches, over all files, are still a pass. */
  maxFailures: number;
}

export type HarArgs = HarOptions | { error: string } | { help: true };

const VALUED = ["--filter", "--fail-on", "--max-failures", "--format"] as const;
type Valued = (typeof VALUED)[number];

/** `--name value` or `--name=value`, for the options that take one. */
function valuedOption(arg: string): Valued | undefined {
  return VALUED.find((name) => arg === name || arg.startsWith(`${name}=`));
}

export function parseHarArgs(args: readonly string[]): HarArgs {
  const files: string[] = [];
  const values: Partial<Record<Valued, string>> = {};
  let json = false;
  let reveal = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const valued = valuedOption(arg);
    if (arg === "--help" || arg === "-h") return { help: true };
    if (arg === "--json") json = true;
    else if (arg === "--no-redact") reveal = true;
    else if (valued) {
      const value = arg === valued ? args[++i] : arg.slice(valued.length + 1);
      if (value === undefined)
        return {
          error: `${valued} needs ${valued === "--max-failures" ? "a number" : valued === "--format" ? "a format" : "a query"}`,
        };
      values[valued] = value;
    } else if (arg.startsWith("-") && arg !== "-") return { error: `unknown option ${arg}` };
    else files.push(arg);
  }
  if (files.length === 0) return { error: "no HAR file given" };
  const format = values["--format"] ?? (json ? "json" : "text");
  if (!HAR_FORMATS.some((known) => known === format))
    return { error: `unknown format "${format}" (${HAR_FORMATS.join(", ")})` };
  if (json && format !== "json") return { error: `--json and --format ${format} disagree` };
  const max = values["--max-failures"];
  if (max !== undefined && !/^\d+$/.test(max))
    return { error: `--max-failures needs a whole number, not "${max}"` };
  if (max !== undefined && values["--fail-on"] === undefined)
    return { error: "--max-failures needs --fail-on" };
  return {
    files,
    format: format as HarFormat,
    redact: { reveal },
    maxFailures: max === undefined ? 0 : Number(max),
    ...(values["--filter"] !== undefined ? { query: values["--filter"] } : {}),
    ...(values["--fail-on"] !== undefined ? { failOn: values["--fail-on"] } : {}),
  };
}
