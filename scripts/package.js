// @ts-check
// `npm run package`: the store packages, built from the last commit (git archive of HEAD), never from the working
// tree, so uncommitted changes cannot slip in:
//   packages/status-lens-chrome-<version>.zip   the Chromium build, for the Chrome Web Store (and Edge Add-ons)
//   packages/status-lens-firefox-<version>.zip  the Firefox build, for addons.mozilla.org
//   packages/status-lens-source-<version>.zip   HEAD's source, which AMO's reviewers rebuild (BUILDING.md)
// Options: --out <dir> (default packages/); --link-deps uses this checkout's node_modules instead of `npm ci`.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** @param {string} command @param {string[]} args @param {string} [cwd] */
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });

/** @param {string} dir @param {string} file */
const readJson = (dir, file) => JSON.parse(readFileSync(join(dir, file), "utf8"));

/** Zips the contents of `dir` (not the folder itself) into `zipFile`, without extra file attributes. */
function zipContents(/** @type {string} */ dir, /** @type {string} */ zipFile) {
  rmSync(zipFile, { force: true });
  run("zip", ["-X", "-r", "-q", zipFile, "."], dir);
}

/** @param {string[]} argv */
export function makePackages(argv) {
  const at = argv.indexOf("--out");
  const out = resolve(at >= 0 ? (argv[at + 1] ?? "") : "packages");
  const commit = run("git", ["rev-parse", "--short", "HEAD"]).trim();
  if (run("git", ["status", "--porcelain"]).trim())
    console.log(`The working tree has uncommitted changes: they are not packaged, HEAD (${commit}) is.`);

  const work = mkdtempSync(join(tmpdir(), "status-lens-package-"));
  try {
    const source = join(work, "source.zip");
    run("git", ["archive", "--format=zip", "-o", source, "HEAD"]);
    const tree = join(work, "tree");
    mkdirSync(tree);
    run("unzip", ["-q", source, "-d", tree]);
    const { version } = readJson(tree, "package.json");
    const manifestVersion = readJson(tree, "manifest.json").version;
    if (manifestVersion !== version)
      throw new Error(`manifest.json says ${manifestVersion}, package.json ${version}: make them agree`);

    if (argv.includes("--link-deps")) symlinkSync(resolve("node_modules"), join(tree, "node_modules"), "dir");
    else run("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], tree);
    run("npx", ["vite", "build", "--logLevel", "error"], tree);
    run("npx", ["vite", "build", "--mode", "firefox", "--logLevel", "error"], tree);

    mkdirSync(out, { recursive: true });
    const names = {
      chrome: join(out, `status-lens-chrome-${version}.zip`),
      firefox: join(out, `status-lens-firefox-${version}.zip`),
      source: join(out, `status-lens-source-${version}.zip`),
    };
    zipContents(join(tree, "dist"), names.chrome);
    zipContents(join(tree, "dist-firefox"), names.firefox);
    rmSync(names.source, { force: true });
    run("git", ["archive", "--format=zip", `--prefix=status-lens-${version}/`, "-o", names.source, "HEAD"]);
    return { version, commit, ...names };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("package.js")) {
  const made = makePackages(process.argv.slice(2));
  console.log(`Packaged Status Lens ${made.version} from ${made.commit}:`);
  for (const file of [made.chrome, made.firefox, made.source])
    console.log(`  ${file} (${Math.round(Number(run("stat", ["-c", "%s", file])) / 1024)} kB)`);
}
