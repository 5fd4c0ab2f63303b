import { isJsonObject, type JsonObject, numberField, objectField, stringField } from "./json-fields";

const MAX_DEPTH = 8;

/** Where a request was started: a URL and, when the HAR says, its 0-based line (as DevTools counts). */
export interface InitiatorLocation {
  url: string;
  line?: number;
}

const locationIn = (where: JsonObject): InitiatorLocation | undefined => {
  const url = stringField(where, "url");
  if (!url) return undefined;
  const line = numberField(where, "lineNumber");
  return line !== undefined && Number.isInteger(line) && line >= 0 ? { url, line } : { url };
};

function stackLocation(stack: JsonObject | undefined, depth: number): InitiatorLocation | undefined {
  if (!stack || depth > MAX_DEPTH) return undefined;
  const frames = stack.callFrames;
  if (Array.isArray(frames)) {
    for (const frame of frames) {
      const location = isJsonObject(frame) ? locationIn(frame) : undefined;
      if (location) return location;
    }
  }
  // Async stacks (a fetch in a promise callback) keep the frames in the parent.
  return stackLocation(objectField(stack, "parent"), depth + 1);
}

/** The script or document that started a request, and the line, from Chromium's `_initiator` or a string. */
export function initiatorLocationOf(initiator: unknown): InitiatorLocation | undefined {
  if (typeof initiator === "string") {
    const url = initiator.trim();
    return url ? { url } : undefined;
  }
  if (!isJsonObject(initiator)) return undefined;
  return locationIn(initiator) ?? stackLocation(objectField(initiator, "stack"), 0);
}

/**
 * The URL that started a request, from Chromium's `_initiator` ({ type, url } or { type, stack: { callFrames } })
 * or a plain string; undefined when the HAR does not say.
 */
export function initiatorUrlOf(initiator: unknown): string | undefined {
  return initiatorLocationOf(initiator)?.url;
}
