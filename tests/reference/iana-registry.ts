import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface RegistryRow {
  /** First and last code of the row; equal for a single code. */
  from: number;
  to: number;
  description: string;
}

const FOLDER = fileURLToPath(new URL("../fixtures/iana/", import.meta.url));

/** The newest registry snapshot in tests/fixtures/iana, parsed (quoted fields may hold commas). */
export function registryRows(): RegistryRow[] {
  const newest = readdirSync(FOLDER)
    .filter((name) => /^http-status-codes-\d{4}-\d{2}-\d{2}\.csv$/.test(name))
    .sort()
    .at(-1);
  if (!newest) throw new Error(`no http-status-codes-*.csv in ${FOLDER}`);
  const [, ...lines] = readFileSync(FOLDER + newest, "utf8")
    .trim()
    .split(/\r?\n/);
  return lines.map((line) => {
    const [value = "", description = ""] = csvFields(line);
    const [from = Number.NaN, to = from] = value.split("-").map(Number);
    return { from, to, description };
  });
}

function csvFields(line: string): string[] {
  const fields = [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((match) =>
    (match[1] ?? "").replace(/^"|"$/g, "").replaceAll('""', '"'),
  );
  return fields;
}
