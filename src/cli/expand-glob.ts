import type { DirEntry } from "./cli-io";

/** A name the shell would have expanded: `*`, `?` or a `[...]` class. */
export function isGlob(path: string): boolean {
  return /[*?[]/.test(path);
}

/** One path segment as a regular expression: `*` and `?` never cross a `/`, and never match a leading dot. */
function segmentPattern(segment: string): RegExp {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i] ?? "";
    if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else if (char === "[") {
      const end = segment.indexOf("]", i + 2);
      if (end === -1) source += "\\[";
      else {
        const body = segment
          .slice(i + 1, end)
          .replace(/^!/, "^")
          .replace(/\\/g, "\\\\");
        source += `[${body}]`;
        i = end;
      }
    } else source += char.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return new RegExp(segment.startsWith(".") ? `^${source}$` : `^(?!\\.)${source}$`);
}

const joinPath = (dir: string, name: string) =>
  dir === "" ? name : dir === "/" ? `/${name}` : `${dir}/${name}`;

/**
 * The files a pattern names, sorted, as bash with globstar would list them (`**` is any depth of folders).
 * Used when the shell passed the pattern through (quoted, or on Windows): CI steps often do.
 */
export async function expandGlob(
  pattern: string,
  readDir: (path: string) => Promise<DirEntry[]>,
): Promise<string[]> {
  const absolute = pattern.startsWith("/");
  const segments = pattern.split("/").filter((segment) => segment !== "");
  const found: string[] = [];
  const walk = async (dir: string, rest: readonly string[]): Promise<void> => {
    const [segment, ...after] = rest;
    if (segment === undefined) return;
    if (!isGlob(segment)) {
      const path = joinPath(dir, segment);
      if (after.length === 0) {
        const entries = await readDir(dir === "" ? "." : dir).catch(() => []);
        if (entries.some((entry) => entry.name === segment && !entry.isDirectory)) found.push(path);
      } else await walk(path, after);
      return;
    }
    const entries = await readDir(dir === "" ? "." : dir).catch((): DirEntry[] => []);
    if (segment === "**") {
      await walk(dir, after);
      for (const entry of entries)
        if (entry.isDirectory && !entry.name.startsWith(".")) await walk(joinPath(dir, entry.name), rest);
      return;
    }
    const matcher = segmentPattern(segment);
    for (const entry of entries) {
      if (!matcher.test(entry.name)) continue;
      if (after.length === 0) {
        if (!entry.isDirectory) found.push(joinPath(dir, entry.name));
      } else if (entry.isDirectory) await walk(joinPath(dir, entry.name), after);
    }
  };
  await walk(absolute ? "/" : "", segments);
  return [...new Set(found)].sort();
}
