import { useMemo } from "preact/hooks";
import type { RequestRecord } from "../../core/model";
import { type RedactOptions, redactRecord } from "../../core/redact";
import { useStore } from "../state/store-context";

/** How page data may be shown now: redacted unless the user turned Show secrets on for this session. */
export function useRedaction(): RedactOptions {
  return { reveal: useStore().revealSecrets.value };
}

/** The record as the screen shows it: credentials in URLs, headers and bodies hidden unless revealed. */
export function useShownRecord(record: RequestRecord): RequestRecord {
  const { reveal } = useRedaction();
  return useMemo(() => redactRecord(record, { reveal }), [record, reveal]);
}
