import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { queriesOf } from "../../src/cli/explain-command";
import { main } from "../../src/cli/main";
import { fakeIo } from "./fake-io";

async function explain(...args: string[]) {
  const { io, cli } = fakeIo();
  const code = await main(["explain", ...args], cli);
  return { code, ...io };
}

describe("status-lens explain ws:<code>", () => {
  it("prints the close code's card, with no HTTP caching line", async () => {
    const { code, stdout, stderr } = await explain("ws:1006");
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toMatch(/^WebSocket 1006 Abnormal Closure {2}\[websocket · reserved\]/);
    expect(stdout).toContain("wasClean is false");
    expect(stdout).toContain("[ ] Check whether the socket ever opened");
    expect(stdout).toContain("Spec: RFC 6455 §7.4.1");
    expect(stdout).toContain("https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number");
    expect(stdout).not.toContain("Cacheable");
  });

  it("names a private code on its range's card", async () => {
    const { stdout } = await explain("ws:4001");
    expect(stdout).toMatch(/^WebSocket 4001 Private use \(4000–4999\)/);
    expect(stdout).toContain("Search the server's code, and the page's, for the number");
  });

  it("reads ws: codes as queries of their own among words", () => {
    expect(queriesOf(["ws:1006", "message", "too", "big", "WS:1009"])).toEqual([
      "ws:1006",
      "message too big",
      "WS:1009",
    ]);
  });

  it("gives --json the close code", async () => {
    const { stdout } = await explain("--json", "ws:1008", "ws:4000");
    const cards: Record<string, unknown>[] = JSON.parse(stdout);
    expect(cards.map(({ closeCode, name, kind }) => [closeCode, name, kind])).toEqual([
      [1008, "Policy Violation", "websocket-close"],
      [4000, "Private use (4000–4999)", "websocket-close"],
    ]);
    expect(cards[0]).not.toHaveProperty("code");
  });

  it.each([
    ["ws:", "After ws: comes the code the page's CloseEvent.code gave"],
    ["ws:abc", "After ws: comes the code the page's CloseEvent.code gave"],
    ["ws:99999", "A close code is two bytes: a whole number from 0 to 65535"],
  ])("says what is wrong with %j before the card", async (query, note) => {
    const { code, stdout } = await explain(query);
    expect(code).toBe(0);
    expect(stdout.replace(/\s+/g, " ")).toMatch(new RegExp(`^Note: ${note}`));
    expect(stdout).toContain("Not a WebSocket close code");
  });

  it("points 1006 asked as a status to ws:1006", async () => {
    const { stdout } = await explain("1006");
    expect(stdout.replace(/\s+/g, " ")).toContain("ask for ws:1006");
  });
});

describe("status-lens har on a WebSocket", () => {
  it("names the close code the refused handshake's page saw beside its (failed) label", async () => {
    const { io, cli } = fakeIo((path) => readFile(path, "utf8"));
    await main(["har", "tests/fixtures/har/chromium-websocket-closes.har"], cli);
    expect(io.stdout).toContain("#7 (failed) GET ws://127.0.0.1:8077/ws-refuse");
    expect(io.stdout).toContain("WebSocket 1006 Abnormal Closure: The connection ended with no close frame");
    expect(io.stdout).toContain("The WebSocket never opened");
  });
});
