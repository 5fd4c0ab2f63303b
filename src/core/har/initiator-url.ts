import { isJsonObject, type JsonObject, objectField, stringField } from "./json-fields";

const MAX_DEPTH = 8;

function stackUrl(stack: JsonObject | undefined, depth: number): string | undefined {
  if (!stack || depth > MAX_DEPTH) return undefined;
  const frames = stack.callFrames;
  if (Array.isArray(frames)) {
    for (const frame of frames) {
      const url = isJsonObject(frame) ? stringField(frame, "url") : undefined;
      if (url) return url;
    }
  }
  // Async stacks (a fetch in a promise callback) keep the frames in the parent.
  return stackUrl(objectField(stack, "parent"), depth + 1);
}

/**
 * The URL that started a request, from Chromium's `_initiator` ({ type, url } or { type, stack: { callFrames } })
 * or a plain string; undefined when the HAR does not say.
 */
export function initiatorUrlOf(initiator: unknown): string | undefined {
  if (typeof initiator === "string") return initiator.trim() || undefined;
  if (!isJsonObject(initiator)) return undefined;
  return stringField(initiator, "url") || stackUrl(objectField(initiator, "stack"), 0);
}
