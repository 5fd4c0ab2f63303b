import { answerOf } from "./either-answer";

/** `devtools.network` as both browsers have it: getHAR answers with the whole log. */
export interface HarSource {
  getHAR(callback: (har: unknown) => void): unknown;
}

const entriesOf = (har: unknown): readonly unknown[] => {
  const entries = (har as { entries?: unknown } | null)?.entries;
  return Array.isArray(entries) ? entries : [];
};

/**
 * Every request DevTools lists now. Chromium answers through the callback; Firefox's promise form is accepted too.
 * Firefox lists only what happened after its toolbox opened, whether or not its Network Monitor was ever shown.
 */
export function harEntriesOf(network: HarSource): Promise<readonly unknown[]> {
  return answerOf((callback) => network.getHAR(callback), entriesOf, entriesOf, []);
}
