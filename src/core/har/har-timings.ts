import { TIMING_PHASES, type Timings } from "../model";
import { type JsonObject, numberField, objectField } from "./json-fields";

/** The entry's `timings` phases that were measured (HAR 1.2 §timings: -1 means "does not apply"). */
export function timingsOf(entry: JsonObject): Timings | undefined {
  const source = objectField(entry, "timings");
  if (!source) return undefined;
  const timings: Timings = {};
  let measured = false;
  for (const phase of TIMING_PHASES) {
    const ms = numberField(source, phase);
    if (ms !== undefined && ms >= 0) {
      timings[phase] = ms;
      measured = true;
    }
  }
  return measured ? timings : undefined;
}
