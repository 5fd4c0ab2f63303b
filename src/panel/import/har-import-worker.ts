/// <reference lib="webworker" />
import { createHarStreamReader, type HarBatch, type HarPieceResult } from "../../core/har";
import type { RequestRecord } from "../../core/model";
import { linkPreflights, linkRedirects } from "../../core/requests";
import { type ImportMessage, preflightPairsOf } from "./import-message";

/** Records per message: a batch is a few milliseconds of work for the panel to take in. */
const BATCH = 500;
/** Progress at most every this many bytes: a 490 MB file reads in 64 KB chunks. */
const PROGRESS_STEP = 4 << 20;

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** UTF-8 unless a BOM says UTF-16 (DevTools on Windows and some tools save HARs so), as Chromium's Blob.text() reads it. */
function encodingOf(first: Uint8Array | undefined): string {
  if (first?.[0] === 0xff && first[1] === 0xfe) return "utf-16le";
  if (first?.[0] === 0xfe && first[1] === 0xff) return "utf-16be";
  return "utf-8";
}
const post = (message: ImportMessage) => scope.postMessage(message);

/** Reads a HAR file in chunks, never as one string, and posts its records in batches as they are read. */
async function readFile(file: File): Promise<void> {
  const reader = createHarStreamReader();
  let decoder: TextDecoder | undefined;
  const chunks = file.stream().getReader();
  let batch: HarBatch = { records: [], problems: [] };
  const all: RequestRecord[] = [];
  const flush = () => {
    if (batch.records.length + batch.problems.length > 0) post({ kind: "batch", ...batch });
    batch = { records: [], problems: [] };
  };
  /** Takes in what one step read; false when the file is refused, which is then said. */
  const take = (step: HarPieceResult): boolean => {
    if (!step.ok) {
      post({ kind: "failed", error: step.error });
      return false;
    }
    for (const record of step.records) {
      all.push(record);
      batch.records.push(record);
      if (batch.records.length >= BATCH) flush();
    }
    batch.problems.push(...step.problems);
    return true;
  };
  let read = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await chunks.read();
    decoder ??= new TextDecoder(encodingOf(value));
    // The last call, without stream, also gives back a character split across the last chunks.
    if (!take(reader.push(decoder.decode(value, { stream: !done })))) return;
    if (done) break;
    read += value.byteLength;
    if (read - reported >= PROGRESS_STEP) {
      reported = read;
      post({ kind: "progress", read, size: file.size });
    }
  }
  if (!take(reader.end())) return;
  flush();
  // Here, not at the first card: over 100,000 records they take a second, which the panel would freeze for.
  post({ kind: "links", chains: linkRedirects(all), preflightPairs: preflightPairsOf(linkPreflights(all)) });
  post({ kind: "done" });
}

scope.onmessage = (event: MessageEvent<File>) => {
  readFile(event.data).catch((error: unknown) =>
    post({ kind: "failed", error: error instanceof Error ? error.message : String(error) }),
  );
};
