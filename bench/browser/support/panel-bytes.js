// @ts-check
// What the panel page loads, read from a build: the files before its first paint (the page's own script and
// stylesheets, and every chunk they import statically) and all it may ever load (dynamic imports and workers too),
// each gzipped as a server would send it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const ASSET = /["'`(/]assets\/([\w.-]+\.(?:js|css))|["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g;
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w$*{},\s]+from\s*)?["']\.\/([\w.-]+\.js)["']/g;

/** Files named by `pattern` in `text` (the last non-empty group of each match). @param {string} text @param {RegExp} pattern */
const named = (text, pattern) => [...text.matchAll(pattern)].map((m) => m.slice(1).find(Boolean) ?? "");

/**
 * @param {string} dist the build's folder
 * @returns {{ firstPaint: number, total: number, firstPaintFiles: string[], allFiles: string[] }} sizes in bytes, gzipped
 */
export function panelBytes(dist) {
  const assets = join(dist, "assets");
  const read = (/** @type {string} */ file) => readFileSync(join(assets, file), "utf8");
  const html = readFileSync(join(dist, "src/panel/panel.html"), "utf8");
  // The page's own <script type="module"> and stylesheets; modulepreload links are what the script imports anyway.
  const entry = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="stylesheet"[^>]*href)="\/assets\/([^"]+)"/g),
  ].map((m) => m[1] ?? "");
  const closure = (/** @type {RegExp} */ edges) => {
    const seen = new Set(entry);
    for (const file of seen)
      if (file.endsWith(".js")) for (const next of named(read(file), edges)) seen.add(next);
    return [...seen];
  };
  const gzip = (/** @type {string[]} */ files) =>
    files.reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length, 0);
  const firstPaintFiles = closure(STATIC_IMPORT);
  const allFiles = closure(ASSET);
  return { firstPaint: gzip(firstPaintFiles), total: gzip(allFiles), firstPaintFiles, allFiles };
}
