import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { webSocketFailed, webSocketLogOf } from "../../../src/core/har";
import { LAST_MESSAGES_KEPT } from "../../../src/core/model";
import { runs } from "../../fast-check-runs";

const message = (type: string, data: string, opcode = 1) => ({ type, time: 1796144142.5, opcode, data });

describe("webSocketLogOf", () => {
  it("counts both ways, keeps the last messages, and reads the open time only once the socket ended", () => {
    const entry = {
      _webSocketMessages: [
        message("send", "a"),
        message("receive", "b"),
        message("receive", "c"),
        message("send", "d"),
      ],
    };
    const log = webSocketLogOf(entry, { receive: 93.1 });
    expect(log).toMatchObject({ sent: 2, received: 2, openMs: 93.1 });
    expect(log?.last.map((m) => [m.direction, m.text, m.at])).toEqual([
      ["received", "b", 1796144142500],
      ["received", "c", 1796144142500],
      ["sent", "d", 1796144142500],
    ]);
    expect(webSocketLogOf(entry, { receive: 0 })?.openMs).toBeUndefined();
  });

  it("keeps DevTools' error entry apart from the messages, and never quotes a message too long to redact", () => {
    const log = webSocketLogOf(
      {
        _webSocketMessages: [message("send", "x".repeat(5000)), message("error", "Invalid frame header", -1)],
      },
      undefined,
    );
    expect(log).toMatchObject({ sent: 1, received: 0, error: "Invalid frame header" });
    expect(log?.last).toEqual([{ direction: "sent", opcode: 1, text: "", length: 5000, at: 1796144142500 }]);
  });

  it("reads a failed socket by its error entry", () => {
    expect(webSocketFailed({ _webSocketMessages: [{ type: "error", opcode: -1, data: "" }] })).toBe(true);
    expect(webSocketFailed({ _webSocketMessages: [message("receive", "hi")] })).toBe(false);
    expect(webSocketFailed({})).toBe(false);
  });

  it("never throws on whatever a HAR holds there, and counts only what it could read", () => {
    const anyMessage = fc.oneof(
      fc.anything(),
      fc.record({
        type: fc.oneof(
          fc.constantFrom("send", "receive", "error", "__proto__", "constructor"),
          fc.anything(),
        ),
        opcode: fc.anything(),
        data: fc.anything(),
        time: fc.anything(),
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(anyMessage)), (messages) => {
        const log = webSocketLogOf({ _webSocketMessages: messages }, undefined);
        if (!Array.isArray(messages)) {
          expect(log).toBeUndefined();
          return;
        }
        expect((log?.sent ?? 0) + (log?.received ?? 0)).toBeLessThanOrEqual(messages.length);
        expect(log?.last.length).toBeLessThanOrEqual(LAST_MESSAGES_KEPT);
        for (const m of log?.last ?? []) expect(m.text.length).toBeLessThanOrEqual(4096);
      }),
      { numRuns: runs(300) },
    );
  });
});
