import fc from "fast-check";

/**
 * How many cases each property runs: about 1,000 in `npm test`; `npm run fuzz` sets STATUS_LENS_FUZZ_RUNS (10,000).
 * A property that names its own count scales with it through `runs(n)`.
 */
export const FUZZ_RUNS = Number(process.env.STATUS_LENS_FUZZ_RUNS) || 1000;

export const runs = (atDefault: number) => Math.max(1, Math.round((atDefault * FUZZ_RUNS) / 1000));

fc.configureGlobal({ numRuns: FUZZ_RUNS });
