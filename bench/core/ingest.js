// @ts-check
// HAR import, core's half: the file's text parsed and every entry normalized into a RequestStore, against
// JSON.parse of the same text alone (the least any import must do). Twice: whole (parseHarText, the CLI's and a
// small file's way) and streamed in 64 KB pieces (createHarStreamReader, the panel's import worker's way).
import { readFileSync } from "node:fs";
import { loadCore } from "../lib/build-core.js";
import { sideBySide } from "../lib/measure.js";
import { ratioRow } from "../lib/rows.js";

/** What the import worker hands the reader at a time: a File stream's chunk. */
const PIECE = 64 * 1024;

/** @param {import("../lib/context.js").BenchContext} ctx */
export async function run(ctx) {
  const { har, requests } = await loadCore();
  const text = readFileSync(ctx.data.path("100k"), "utf8");
  let kept = 0;
  const { ours, baseline } = await sideBySide({
    // Seconds each: five rounds, so one burst of load on the machine moves no median.
    repeat: ctx.quick ? 1 : 5,
    ours: () => {
      const parsed = har.parseHarText(text);
      if (!parsed.ok) throw new Error(parsed.error);
      const store = new requests.RequestStore({ cap: parsed.records.length });
      for (const record of parsed.records) store.add(record, { from: "file" });
      kept = store.size;
    },
    baseline: () => JSON.parse(text),
  });
  ctx.log(`${kept} records, ${(text.length / 2 ** 20).toFixed(0)} MB`);
  const streamed = await sideBySide({
    // Seconds each: five rounds, so one burst of load on the machine moves no median.
    repeat: ctx.quick ? 1 : 5,
    ours: () => {
      const reader = har.createHarStreamReader();
      const store = new requests.RequestStore({ cap: kept });
      const take = (/** @type {import("../../src/core/har").HarPieceResult} */ step) => {
        if (!step.ok) throw new Error(step.error);
        for (const record of step.records) store.add(record, { from: "file" });
      };
      for (let at = 0; at < text.length; at += PIECE) take(reader.push(text.slice(at, at + PIECE)));
      take(reader.end());
    },
    baseline: () => JSON.parse(text),
  });
  const entries = kept.toLocaleString("en-US");
  return [
    ratioRow({
      what: `HAR ingest into the store, ${entries} entries, vs JSON.parse alone`,
      ours: ours / 1000,
      baseline: baseline / 1000,
      unit: "s",
      max: 1.3,
    }),
    ratioRow({
      what: `HAR ingest streamed in 64 KB pieces (the panel's import), ${entries} entries, vs JSON.parse alone`,
      ours: streamed.ours / 1000,
      baseline: streamed.baseline / 1000,
      unit: "s",
      max: 1.3,
    }),
  ];
}
