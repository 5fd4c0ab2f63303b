// @ts-check
// What opening a card costs: diagnosing and explaining one record (explainExchange with its log's links, as the
// panel and the CLI call it), per record over the 10k HAR, against one Map.get per record (the cheapest answer a
// lookup table could give). Budget ≤2,000×: with a Map.get near 20 ns that is 40 µs a card, a quarter of a
// percent of a frame, and 4 s for the CLI to explain every record of a 100,000-entry file.
import { loadCore } from "../lib/build-core.js";
import { sideBySide } from "../lib/measure.js";
import { ratioRow } from "../lib/rows.js";
import { storeOf } from "../lib/store-of.js";

/** @param {import("../lib/context.js").BenchContext} ctx */
export async function run(ctx) {
  const core = await loadCore();
  const records = storeOf(core, ctx.data.path("10k")).records();
  const links = {
    chains: core.requests.linkRedirects(records),
    preflights: core.requests.linkPreflights(records),
    pageOrigin: core.requests.inspectedPageOriginOf(records),
  };
  const now = new Date();
  const cards = new Map(records.map((record) => [record.status, record.url]));
  let findings = 0;
  let found = 0;
  const { ours, baseline } = await sideBySide({
    repeat: ctx.quick ? 1 : 5,
    gc: false,
    ours: () => {
      for (const record of records) {
        const explanation = core.hints.explainExchange(
          record,
          core.hints.exchangeContext(record, links, now),
        );
        findings += explanation.findings.length;
      }
    },
    baseline: () => {
      for (const record of records) if (cards.get(record.status) !== undefined) found++;
    },
  });
  ctx.log(`${findings} findings, ${found} lookups`);
  return [
    ratioRow({
      what: "diagnose and explain 1,000 records (of the 10k HAR), vs 1,000 Map.get",
      ours: (ours * 1000) / records.length,
      baseline: (baseline * 1000) / records.length,
      unit: "ms",
      max: 2000,
      note: "per 1,000 records, so ms here are µs a record; 2,000× a Map.get is ~40 µs a card",
    }),
  ];
}
