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
