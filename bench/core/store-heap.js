// @ts-check
// What the store keeps: heap retained by a RequestStore of the 100k HAR after the parsed JSON is released, per
// record, against the heap of the parsed HAR's entries per entry (both after a full collection, --expose-gc).
import { readFileSync } from "node:fs";
import { loadCore } from "../lib/build-core.js";
import { ratioRow } from "../lib/rows.js";

const settledHeap = () => {
  const gc = globalThis.gc;
  if (!gc) throw new Error("run node with --expose-gc");
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

/** @param {import("../lib/context.js").BenchContext} ctx */
export async function run(ctx) {
  const { har, requests } = await loadCore();
  const path = ctx.data.path("100k");
  const empty = settledHeap();
  /** @type {unknown[] | undefined} */
  let entries = JSON.parse(readFileSync(path, "utf8")).log.entries;
  const count = entries?.length ?? 0;
  const parsedHeap = settledHeap() - empty;
  const parsed = har.parseHar({ log: { entries } });
  if (!parsed.ok) throw new Error(parsed.error);
  entries = undefined;
  const store = new requests.RequestStore({ cap: parsed.records.length });
  for (const record of parsed.records) store.add(record, { from: "file" });
  parsed.records.length = 0;
  const storeHeap = settledHeap() - empty;
  ctx.log(`parsed ${(parsedHeap / 2 ** 20).toFixed(0)} MB, store ${(storeHeap / 2 ** 20).toFixed(0)} MB`);
  return [
    ratioRow({
      what: `store heap per record vs parsed HAR per entry, ${store.size.toLocaleString("en-US")} entries`,
      ours: storeHeap / store.size,
      baseline: parsedHeap / count,
      unit: "B",
      max: 0.5,
      note: "heap retained by the store once the parsed JSON is released (full GC, --expose-gc)",
    }),
  ];
}
