import type { Problem, RequestRecord } from "../model";
import { createEntryReader } from "./entry-reader";
import { HarEntryStream } from "./har-entry-stream";
import { parseHar } from "./parse-har";

/** What one piece of a file completed: its records and the entries that could not be read. */
export interface HarBatch {
  records: RequestRecord[];
  problems: Problem[];
}

export type HarPieceResult = ({ ok: true } & HarBatch) | { ok: false; error: string };

/**
 * parseHarText for a file read in pieces: each piece gives the records its completed entries make, in file order,
 * and the same records, problems and refusals as parseHarText gives for the whole text.
 */
export function createHarStreamReader() {
  const stream = new HarEntryStream();
  const read = createEntryReader();
  let index = 0;
  const batchOf = (entries: readonly unknown[]): HarBatch => {
    const batch: HarBatch = { records: [], problems: [] };
    for (const entry of entries) {
      const result = read(entry, index++);
      if (result.ok) batch.records.push(result.record);
      else batch.problems.push(result.problem);
    }
    return batch;
  };
  return {
    push(piece: string): HarPieceResult {
      const step = stream.push(piece);
      return step.ok ? { ok: true, ...batchOf(step.entries) } : step;
    },
    /** After the last piece: what the rest of the file holds (getHAR's `{ entries }` shape) or why it is refused. */
    end(): HarPieceResult {
      const done = stream.end();
      if (!done.ok) return done;
      if (done.sawEntries) return { ok: true, records: [], problems: [] };
      const whole = parseHar(done.skeleton);
      return whole.ok ? { ok: true, records: whole.records, problems: whole.problems } : whole;
    },
  };
}
