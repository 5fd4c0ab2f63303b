// @ts-check
// A query typed into the filter box, over the 100k HAR: parsing it and listing the matching rows in the list's
// order (what the panel recomputes, VisibleRows.rebuild, with the panel's own predicate), against an inline loop
// with the same predicate that leaves the rows in file order. Held under every sort column: the row shows the
// slowest order.
import { loadCore } from "../lib/build-core.js";
import { sideBySide } from "../lib/measure.js";
import { ratioRow } from "../lib/rows.js";
import { storeOf } from "../lib/store-of.js";

/** @typedef {import("../../src/core/model").RequestRecord} RequestRecord */

/** The query, and the loop a programmer would write for it by hand. */
const QUERIES = /** @type {const} */ ([
  ["status:4xx", (/** @type {RequestRecord} */ r) => r.status >= 400 && r.status <= 499],
  [
    "status:>=400 domain:*.api.*",
    (/** @type {RequestRecord} */ r) => r.status >= 400 && r.host.toLowerCase().includes(".api."),
  ],
]);

/** @param {import("../lib/context.js").BenchContext} ctx */
export async function run(ctx) {
  const core = await loadCore();
  const records = storeOf(core, ctx.data.path("100k")).records();
  const orders = [
    null,
    ...core.requests.SORT_COLUMNS.map((column) => ({
      column,
      direction: /** @type {const} */ ("ascending"),
    })),
  ];
  const state = core.panelFilter.createFilterState();
  const rows = [];
  for (const [query, inline] of QUERIES) {
    let worst = { ours: 0, baseline: 1, order: "start time", shown: 0 };
    for (const order of orders) {
      const list = new core.requests.VisibleRows();
      // The order was picked before the query was typed: its one sort (rowRanksOf) is the sort row's, not this one's.
      list.rebuild(records, () => true, order);
      /** @type {RequestRecord[]} */ let matched = [];
      const figures = await sideBySide({
        // A few ms each: many rounds, so one collection or a busy moment of the machine moves no median.
        repeat: ctx.quick ? 1 : 41,
        gc: false,
        ours: () => {
          state.query.value = query;
          list.rebuild(records, state.predicate.value, order);
          state.query.value = "";
        },
        baseline: () => {
          matched = [];
          for (const record of records) if (inline(record)) matched.push(record);
        },
      });
      if (list.length !== matched.length)
        throw new Error(`${query}: ${list.length} rows, the loop found ${matched.length}`);
      if (figures.ours / figures.baseline > worst.ours / worst.baseline)
        worst = { ...figures, order: order ? `by ${order.column}` : "start time", shown: list.length };
    }
    rows.push(
      ratioRow({
        what: `filter \`${query}\` over ${records.length.toLocaleString("en-US")}, slowest order (${worst.order}), vs an inline loop`,
        ours: worst.ours,
        baseline: worst.baseline,
        unit: "ms",
        max: 1.5,
        note: `${worst.shown.toLocaleString("en-US")} rows shown; parse + predicate + rows in the list's order, each sort column tried`,
      }),
    );
  }
  return rows;
}
