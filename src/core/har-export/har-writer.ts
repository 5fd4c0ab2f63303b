import { isJsonObject } from "../har";
import type { RequestRecord } from "../model";
import { REDACTED, redactRecord } from "../redact";
import { entryOfRecord, FIELDS_RECORDS_LACK } from "./entry-of-record";
import type { HarEntry, HarLog } from "./har-log";
import { devtoolsEntriesFor } from "./match-entries";
import { redactEntry } from "./redact-entry";

export interface HarExportInput {
  /** The requests to write, as listed. */
  records: readonly RequestRecord[];
  /** DevTools' entries (getHAR) at export time, fuller than records; none for an imported file's rows. */
  devtoolsEntries?: readonly unknown[];
  /** true: secrets as they are (the panel's Show secrets toggle); false: each one `[redacted]`. */
  reveal: boolean;
  creator: { name: string; version: string };
}

export interface HarExport {
  har: HarLog;
  /** The file's text: JSON, indented as DevTools writes its own. */
  text: string;
  /** How many entries are DevTools' own, and how many were written from records. */
  fromDevtools: number;
  fromRecords: number;
}

const startOf = (entry: HarEntry) => {
  const ms = Date.parse(typeof entry.startedDateTime === "string" ? entry.startedDateTime : "");
  return Number.isNaN(ms) ? 0 : ms;
};

const LISTED = 20;

/** Numbers from 1, as a reader counts entries: "3, 7 and 9"; past 20, "… and 480 more". */
function listOf(numbers: readonly number[]): string {
  if (numbers.length > LISTED)
    return `${numbers.slice(0, LISTED).join(", ")} and ${numbers.length - LISTED} more`;
  if (numbers.length <= 1) return numbers.join("");
  return `${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1]}`;
}

function commentOf(input: HarExportInput, written: readonly number[], total: number): string {
  const parts = [`Exported by ${input.creator.name} ${input.creator.version}: ${total} requests.`];
  if (written.length === 0) parts.push("Every entry is DevTools' own.");
  else {
    const which =
      written.length === total
        ? "Every entry was"
        : written.length === 1
          ? `Entry ${listOf(written)} was`
          : `Entries ${listOf(written)} were`;
    parts.push(
      `${which} written from ${input.creator.name}'s records (DevTools no longer held them, or they came from an imported file), so they lack: ${FIELDS_RECORDS_LACK.join("; ")}. Each such entry says so in its own comment.`,
    );
  }
  parts.push(
    input.reveal
      ? "Secrets are included: this file may hold credentials."
      : `Secrets (credential headers, cookies, token-like parameters and fields) read ${REDACTED}.`,
  );
  return parts.join(" ");
}

const RECORD_COMMENT = "Written from a record: DevTools no longer held this request.";

/**
 * A HAR 1.2 file of the given records, which Chrome's Network panel and Status Lens both import: DevTools' own
 * entry where it still holds the request, else one written from the record, and `log.comment` says which entries
 * are which and what the written ones lack. Entries are in start order, as DevTools' importer wants them. Pages are
 * not written, so no entry keeps a `pageref`.
 */
export function writeHar(input: HarExportInput): HarExport {
  const options = { reveal: input.reveal };
  const matched = devtoolsEntriesFor(input.records, input.devtoolsEntries ?? []);
  const rows = input.records.map((record, i) => {
    const own = matched[i];
    if (isJsonObject(own)) {
      const { pageref: _pageref, ...entry } = redactEntry(own, options);
      return { entry: entry as HarEntry, written: false };
    }
    const entry = { ...entryOfRecord(redactRecord(record, options)), comment: RECORD_COMMENT };
    return { entry: entry as HarEntry, written: true };
  });
  const sorted = rows
    .map((row, order) => ({ ...row, order, start: startOf(row.entry) }))
    .sort((a, b) => a.start - b.start || a.order - b.order);
  const written = sorted.flatMap((row, i) => (row.written ? [i + 1] : []));
  const har: HarLog = {
    log: {
      version: "1.2",
      creator: { ...input.creator },
      pages: [],
      entries: sorted.map((row) => row.entry),
      comment: commentOf(input, written, sorted.length),
    },
  };
  return {
    har,
    text: JSON.stringify(har, null, 2),
    fromDevtools: sorted.length - written.length,
    fromRecords: written.length,
  };
}
