// @ts-check
// What the panel page downloads, gzipped, from a fresh build: before its first paint, and all it may ever load.
import { rm } from "node:fs/promises";
import { limitRow } from "../lib/rows.js";
import { buildExtension } from "./support/build-extension.js";
import { panelBytes } from "./support/panel-bytes.js";

const kb = (/** @type {number} */ bytes) => Math.round((bytes / 1024) * 10) / 10;

/** @param {import("../lib/context.js").BenchContext} ctx */
export async function run(ctx) {
  const dist = await buildExtension();
  try {
    const bytes = panelBytes(dist);
    ctx.log(
      `first paint: ${bytes.firstPaintFiles.join(", ")}; later: ${bytes.allFiles.filter((f) => !bytes.firstPaintFiles.includes(f)).join(", ")}`,
    );
    return [
      limitRow({
        what: "panel JS + CSS before its first paint, gzip",
        ours: kb(bytes.firstPaint),
        unit: "KB",
        max: 60,
        note: `${bytes.firstPaintFiles.length} files: the page's script and stylesheet and their static imports`,
      }),
      limitRow({
        what: "panel JS + CSS in all (lazy chunks and the import worker too), gzip",
        ours: kb(bytes.total),
        unit: "KB",
        max: 150,
      }),
    ];
  } finally {
    await rm(dist, { recursive: true, force: true });
  }
}
