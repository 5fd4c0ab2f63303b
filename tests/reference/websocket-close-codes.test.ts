import { describe, expect, it } from "vitest";
import { cardTitle, explainCloseCode, searchReference } from "../../src/reference";
import { expectWellFormed } from "./well-formed";

const card = (query: string) => {
  const [entry, ...more] = searchReference(query);
  expect(more).toEqual([]);
  if (!entry) throw new Error(`no card for ${query}`);
  return entry;
};

// IANA's WebSocket Close Code Number Registry: RFC 6455's codes, the three registered later, and 3000/3003/3008.
const REGISTERED: [number, string][] = [
  [1000, "Normal Closure"],
  [1001, "Going Away"],
  [1002, "Protocol Error"],
  [1003, "Unsupported Data"],
  [1004, "Reserved"],
  [1005, "No Status Received"],
  [1006, "Abnormal Closure"],
  [1007, "Invalid Frame Payload Data"],
  [1008, "Policy Violation"],
  [1009, "Message Too Big"],
  [1010, "Mandatory Extension"],
  [1011, "Internal Error"],
  [1012, "Service Restart"],
  [1013, "Try Again Later"],
  [1014, "Bad Gateway"],
  [1015, "TLS Handshake"],
  [3000, "Unauthorized"],
  [3003, "Forbidden"],
  [3008, "Timeout"],
];

describe("WebSocket close code cards", () => {
  it.each(REGISTERED)("ws:%i is %s, on a card of its own", (code, name) => {
    const entry = card(`ws:${code}`);
    expect(entry).toMatchObject({ closeCode: code, name, class: "websocket", kind: "websocket-close" });
    expect(cardTitle(entry)).toBe(`WebSocket ${code} ${name}`);
    expect(entry.links[0]?.url).toBe(
      "https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number",
    );
    expectWellFormed(entry);
  });

  it("says of 1005, 1006 and 1015 that no frame carries them, and what the page saw instead", () => {
    for (const code of [1005, 1006, 1015]) {
      expect(explainCloseCode(code)).toMatchObject({ standing: "reserved", spec: "RFC 6455 §7.4.1" });
    }
    expect(explainCloseCode(1006).explanation).toMatch(/wasClean is false/);
    expect(explainCloseCode(1006).causes.join(" ")).toMatch(/idle timeout/);
    expect(explainCloseCode(1005).explanation).toMatch(/carried no code/);
    expect(explainCloseCode(1015).explanation).toMatch(/as 1006/);
    expect(explainCloseCode(1009).hints.join(" ")).toMatch(/Split large data/);
  });

  it.each([
    ["ws:4001", "WebSocket 4001 Private use (4000–4999)", "unregistered"],
    ["ws:3001", "WebSocket 3001 Library and framework codes (3000–3999)", "unregistered"],
    ["ws:2000", "WebSocket 2000 Reserved for the protocol (1016–2999)", "reserved"],
    ["ws:999", "WebSocket 999 Unused (0–999)", "reserved"],
    ["ws:0", "WebSocket 0 Unused (0–999)", "reserved"],
    ["ws:65535", "WebSocket 65535 Outside every range (5000–65535)", "unregistered"],
  ])("gives %s its range's card, named by the code", (query, title, standing) => {
    const entry = card(query);
    expect(cardTitle(entry)).toBe(title);
    expect(entry.standing).toBe(standing);
    expectWellFormed(entry);
  });

  it.each([
    ["ws:", /whole number, as in ws:1006/],
    ["ws:abc", /whole number, as in ws:1006/],
    ["ws:-1", /whole number, as in ws:1006/],
    ["ws:10.5", /whole number, as in ws:1006/],
    ["ws:99999", /from 0 to 65535/],
    [`ws:${"9".repeat(400)}`, /from 0 to 65535/],
  ])("answers %j with a card that says what a close code is", (query, note) => {
    const entry = card(query);
    expect(entry.name).toBe("Not a WebSocket close code");
    expect(entry.closeCode).toBeUndefined();
    expect(entry.note).toMatch(note);
    expectWellFormed(entry);
  });

  it("points a close code asked as an HTTP status to its ws: card", () => {
    expect(card("1006")).toMatchObject({ name: "Not a valid HTTP status" });
    expect(card("1006").note).toMatch(/ask for ws:1006/);
    expect(card("599").note).toBeUndefined();
  });

  it("finds close codes by words, after every HTTP card the words find", () => {
    expect(searchReference("abnormal closure").map(cardTitle)[0]).toBe("WebSocket 1006 Abnormal Closure");
    expect(searchReference("timeout").map(cardTitle)[0]).toBe("408 Request Timeout");
    expect(searchReference("timeout").map(cardTitle)).toContain("WebSocket 3008 Timeout");
    expect(searchReference("bad gateway").map(cardTitle).slice(0, 2)).toEqual([
      "502 Bad Gateway",
      "WebSocket 1014 Bad Gateway",
    ]);
    expect(searchReference("private use").map(cardTitle)).toContain("Private use (4000–4999)");
  });
});
