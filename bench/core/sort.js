// @ts-check
// The list's order is not paid per change: a live request arriving in a 100k list (tested against the filter and
// put in its place, VisibleRows.add) against one sort of 100k indices, the least a re-sort per change would cost.
// Each order tried; the row shows the slowest. Changing the sort column sorts once (rowRanksOf): its own row.
import { loadCore } from "../lib/build-core.js";
import { median, sideBySide, timed } from "../lib/measure.js";
import { limitRow, ratioRow } from "../lib/rows.js";
import { storeOf } from "../lib/store-of.js";

/** @typedef {import("../../src/core/model").RequestRecord} RequestRecord */
const ARRIVALS = 1000;

/** @param {import("../lib/context.js").BenchContext} ctx */
export async function run(ctx) {
  const core = await loadCore();
  const records = storeOf(core, ctx.data.path("100k")).records();
  const last = Math.max(...records.map((record) => Date.parse(record.startedDateTime)));
  // Live requests start after everything already listed, as they do; each is its own change.
  const arrivals = storeOf(core, ctx.data.path("1k"))
    .records()
    .slice(0, ARRIVALS)
    .map((record, i) => ({ ...record, id: `live ${i}`, startedDateTime: new Date(last + i).toISOString() }));
  const orders = [
    null,
    ...core.requests.SORT_COLUMNS.map((column) => ({
      column,
      direction: /** @type {const} */ ("ascending"),
    })),
  ];
  const sortIndices = () => Int32Array.from(records, (_, i) => records.length - i).sort((a, b) => a - b);
  let worst = { ours: 0, baseline: 1, order: "" };
  let ranking = 0;
  for (const order of orders) {
    const list = new core.requests.VisibleRows();
    // A new records array each time, so its order is worked out again: what a sort-column click costs.
    const copy = records.slice();
    ranking = Math.max(ranking, await timed(() => list.rebuild(copy, () => true, order)));
    const figures = await sideBySide({
      repeat: ctx.quick ? 1 : 3,
      gc: false,
      ours: () => {
        for (const record of arrivals) list.add([record]);
        list.remove(arrivals);
      },
      baseline: sortIndices,
    });
    const perChange = figures.ours / ARRIVALS;
    if (perChange / figures.baseline > worst.ours / worst.baseline)
      worst = {
        ours: perChange,
        baseline: figures.baseline,
        order: order ? `by ${order.column}` : "start time",
      };
  }
  const sorts = [];
  for (let i = 0; i < (ctx.quick ? 1 : 3); i++) sorts.push(await timed(sortIndices));
  return [
    ratioRow({
      what: `one live change in a ${records.length.toLocaleString("en-US")}-row list, slowest order (${worst.order}), vs a sort of its indices`,
      ours: worst.ours,
      baseline: worst.baseline,
      unit: "ms",
      max: 0.01,
      note: `a change costs under 1% of any re-sort: nothing re-sorts per change (${ARRIVALS} arrivals, each its own add)`,
    }),
    limitRow({
      what: `a sort-column change over ${records.length.toLocaleString("en-US")} (the one sort, rowRanksOf)`,
      ours: ranking,
      baseline: median(sorts),
      unit: "ms",
      max: 1000,
      note: "paid once per column (or per records array), never per change or per query",
    }),
  ];
}
