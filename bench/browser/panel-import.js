// @ts-check
// The panel with files imported in real Chromium: the longest main-thread task while a 100,000-entry HAR (~490 MB)
// is imported, the first screen of a view of 1,000 vs 100,000 records, and a click on a row to its card at 100,000.
import { rm } from "node:fs/promises";
import { PANEL_COUNTS } from "../../scripts/browser/panel-dom.js";
import { waitFor } from "../../scripts/browser/target-session.js";
import { limitRow, ratioRow } from "../lib/rows.js";
import { buildExtension } from "./support/build-extension.js";
import { longestNote, watchLongTasks } from "./support/long-tasks.js";
import { openPanel } from "./support/panel-session.js";
import { CLICK_ROW, medianOf, SWITCH_TO } from "./support/panel-timing.js";

/** @typedef {import("../../scripts/browser/target-session.js").TargetSession} TargetSession */

const IMPORTING = `Boolean(document.querySelector('[role="status"] progress'))`;

/**
 * Picks a file in the panel's Import HAR… input and waits until its view lists `entries` rows; a screenshot of
 * DevTools is saved to `screenshot` while the import is under way, when given.
 * @param {{ panel: TargetSession, devtools: TargetSession }} session @param {string} path @param {number} entries
 * @param {string} [screenshot]
 */
async function importFile({ panel, devtools }, path, entries, screenshot) {
  await waitFor("the panel's Import HAR… input", () =>
    panel.evaluate(`Boolean(document.querySelector('input[type="file"]'))`),
  );
  const { root } = await panel.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await panel.send("DOM.querySelector", {
    nodeId: root.nodeId,
    selector: 'input[type="file"]',
  });
  const started = Date.now();
  await panel.send("DOM.setFileInputFiles", { nodeId, files: [path] });
  if (screenshot) {
    await waitFor("the import's progress bar", () => panel.evaluate(IMPORTING), 60_000);
    const { data } = await devtools.send("Page.captureScreenshot", { format: "png" });
    const { writeFile } = await import("node:fs/promises");
    await writeFile(screenshot, Buffer.from(data, "base64"));
  }
  await waitFor(
    `the panel to list the file's ${entries} entries`,
    async () => !(await panel.evaluate(IMPORTING)) && (await panel.evaluate(PANEL_COUNTS))[1] === entries,
    600_000,
  );
  return (Date.now() - started) / 1000;
}

// A single garbage collection inside a 6 ms figure moves a median of 5.
const SCREEN_ROUNDS = 15;

/** @param {import("../lib/context.js").BenchContext} ctx */
export async function run(ctx) {
  const small = { path: ctx.data.path("1k"), entries: 1_000 };
  const large = ctx.quick ? small : { path: ctx.data.path("100k"), entries: 100_000 };
  const extensionDir = await buildExtension();
  const session = await openPanel(extensionDir);
  try {
    const { panel } = session;
    await importFile(session, small.path, small.entries);
    const firstScreen = async () =>
      (
        await medianOf(SCREEN_ROUNDS, async () => {
          await panel.evaluate(SWITCH_TO("Live"));
          return panel.evaluate(SWITCH_TO("chromium-"));
        })
      ).median;
    const atSmall = await firstScreen();
    const tasks = await watchLongTasks(panel);
    await tasks.reset();
    ctx.log(`importing ${large.entries} entries`);
    const screenshot = ctx.quick ? undefined : process.env.BENCH_SCREENSHOT;
    const seconds = await importFile(session, large.path, large.entries, screenshot);
    const longest = await tasks.longest();
    const atLarge = await firstScreen();
    // Each click opens another row's card; the first also opens the side pane.
    const click = await medianOf(5, (n) => panel.evaluate(CLICK_ROW(2 + n)));
    return [
      limitRow({
        what: `longest panel main-thread task while importing ${large.entries.toLocaleString("en-US")} entries`,
        ours: longest,
        unit: "ms",
        max: 100,
        note: [`import took ${seconds.toFixed(1)} s`, longestNote(longest)].filter(Boolean).join("; "),
      }),
      ratioRow({
        what: `first screen of a view: ${large.entries.toLocaleString("en-US")} vs 1,000 records`,
        ours: Math.round(atLarge * 10) / 10,
        baseline: Math.round(atSmall * 10) / 10,
        unit: "ms",
        max: 1.5,
        note: `click on the view's tab to its rows laid out, median of ${SCREEN_ROUNDS}`,
      }),
      limitRow({
        what: `click on a row to its card, ${large.entries.toLocaleString("en-US")} records`,
        ours: Math.round(click.median * 10) / 10,
        unit: "ms",
        max: 16,
        note: `median of 5 rows; slowest ${click.max.toFixed(1)} ms`,
      }),
    ];
  } finally {
    await session.close();
    await rm(extensionDir, { recursive: true, force: true });
  }
}
