import type { Problem, RequestRecord } from "../model";
import type { CaptureChange } from "./live-feed";

/** A CaptureChange being filled while one batch is merged. */
export interface ChangeBuilder extends CaptureChange {
  added: RequestRecord[];
  updated: { before: RequestRecord; after: RequestRecord }[];
  removed: RequestRecord[];
  reset: boolean;
  problems: Problem[];
}

export const newChange = (): ChangeBuilder => ({
  added: [],
  updated: [],
  removed: [],
  reset: false,
  problems: [],
});

/** A change that says nothing: no reset, no rows, no problems (a read of DevTools' log that found no news). */
export const isEmptyChange = (change: CaptureChange): boolean =>
  !change.reset &&
  change.added.length + change.updated.length + change.removed.length + change.problems.length === 0;
