// @ts-check
// What the runner hands each group's run(ctx); documented in bench/README.md.

/**
 * @typedef {{
 *   data: { path(size: "1k" | "10k" | "100k"): string },
 *   quick: boolean,
 *   log(message: string): void,
 * }} BenchContext
 */
export {};
