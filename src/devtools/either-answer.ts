/**
 * How a devtools API method answers in each browser: Chromium only through the callback it is given; Firefox
 * calls the callback too, and its `browser.*` returns a promise when called without one. Both are accepted.
 */
export type CallbackOrPromise<A extends unknown[]> = (callback: (...answer: A) => void) => unknown;

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === "function";

/**
 * Calls `method` with a callback and settles with the first answer: the callback's (read by `fromCallback`), or
 * the returned promise's (read by `fromPromise`). A call that throws or rejects settles with `fallback`.
 */
export function answerOf<A extends unknown[], R>(
  method: CallbackOrPromise<A>,
  fromCallback: (...answer: A) => R,
  fromPromise: (value: unknown) => R,
  fallback: R,
): Promise<R> {
  return new Promise((resolve) => {
    try {
      const returned = method((...answer) => resolve(fromCallback(...answer)));
      if (isThenable(returned))
        returned.then(
          (value) => resolve(fromPromise(value)),
          () => resolve(fallback),
        );
    } catch {
      resolve(fallback);
    }
  });
}
