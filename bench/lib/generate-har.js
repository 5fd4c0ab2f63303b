// @ts-check
// A seeded, realistic Chromium HAR (what DevTools' "Save all as HAR" writes: 2-space indent, ~25 headers an entry,
// `_initiator` stacks, `_resourceType`, timings, `_error` on failures), written in 1 MB chunks so a 100,000-entry
// file (~490 MB) never exists as one string here. Same seed, same bytes.
import { closeSync, openSync, renameSync, writeSync } from "node:fs";
import { entryOf } from "./har-entry.js";
import { mulberry32 } from "./random.js";

/** @param {number} entries @param {number} seed */
function* harChunks(entries, seed) {
  const random = mulberry32(seed);
  const start = Date.UTC(2026, 10, 25, 10, 0, 0);
  yield `{\n  "log": {\n    "version": "1.2",\n    "creator": { "name": "WebInspector", "version": "537.36" },\n`;
  yield `    "pages": [{ "startedDateTime": "${new Date(start).toISOString()}", "id": "page_1", "title": "https://www.example.com/", "pageTimings": { "onContentLoad": 812.4, "onLoad": 1630.2 } }],\n    "entries": [\n`;
  let chunk = "";
  let clock = start;
  for (let i = 0; i < entries; i++) {
    clock += Math.floor(random() * 9);
    // DevTools lists a request by when it finished: now and then one that started a little earlier comes later.
    const started = random() < 0.05 ? clock - Math.floor(random() * 40) : clock;
    const text = JSON.stringify(entryOf(random, i, started), null, 2).replaceAll("\n", "\n      ");
    chunk += `      ${text}${i < entries - 1 ? "," : ""}\n`;
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = "";
    }
  }
  yield `${chunk}    ]\n  }\n}\n`;
}

/** Writes the HAR to `path` (through a temporary file, so a cut-short run leaves no half file behind). */
export function writeHar(/** @type {string} */ path, /** @type {number} */ entries, seed = 15) {
  const partial = `${path}.partial`;
  const fd = openSync(partial, "w");
  try {
    for (const chunk of harChunks(entries, seed)) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
}
