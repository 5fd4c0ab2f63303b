// @ts-check
// HAR import, core's half: the file's text parsed and every entry normalized into a RequestStore, against
// JSON.parse of the same text alone (the least any import must do).
import { readFileSync } from "node:fs";
import { loadCore } from "../lib/build-core.js";
import { sideBySide } from "../lib/measure.js";
import { ratioRow } from "../lib/rows.js";

/** @param {import("../lib/context.js").BenchContext} ctx */
export async function run(ctx) {
  const { har, requests } = await loadCore();
  const text = readFileSync(ctx.data.path("100k"), "utf8");
  let kept = 0;
  const { ours, baseline } = await sideBySide({
    repeat: ctx.quick ? 1 : 3,
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
  return [
    ratioRow({
      what: `HAR ingest into the store, ${kept.toLocaleString("en-US")} entries, vs JSON.parse alone`,
      ours: ours / 1000,
      baseline: baseline / 1000,
      unit: "s",
      max: 1.3,
    }),
  ];
}
