import { describe, expect, it } from "vitest";
import { harEntriesOf, lacksStatusLine } from "../../src/devtools/har-entries";
import { chromiumNetwork, firefoxNetwork } from "./fake-devtools";

const entries = [{ request: { url: "https://app.test/" } }];

describe("harEntriesOf", () => {
  it("reads Chromium's getHAR, which answers only through a callback", async () => {
    expect(await harEntriesOf(chromiumNetwork(entries))).toEqual(entries);
  });

  it("reads Firefox's getHAR, callback or promise", async () => {
    expect(await harEntriesOf(firefoxNetwork(entries))).toEqual(entries);
    const promiseOnly = { getHAR: () => Promise.resolve({ entries }) };
    expect(await harEntriesOf(promiseOnly)).toEqual(entries);
  });

  it("answers an empty list for a log without entries, a rejected call or a throwing one", async () => {
    expect(await harEntriesOf({ getHAR: (callback) => callback({}) })).toEqual([]);
    expect(await harEntriesOf({ getHAR: () => Promise.reject(new Error("toolbox closed")) })).toEqual([]);
    const throwing = {
      getHAR: () => {
        throw new Error("no devtools");
      },
    };
    expect(await harEntriesOf(throwing)).toEqual([]);
  });
});

describe("an entry Firefox hands over before its status line", () => {
  const headers = [{ name: "Content-Type", value: "application/json" }];
  const early = { request: { url: "https://app.test/a" }, response: { status: 0, httpVersion: "", headers } };
  const whole = {
    request: { url: "https://app.test/a" },
    response: { status: 422, httpVersion: "HTTP/1.1", headers },
  };
  const failed = {
    request: { url: "https://app.test/b" },
    response: { status: 0, httpVersion: "", headers: [] },
  };

  it("is left out of getHAR's answer until Firefox has the whole entry; a failure (no headers) is kept", async () => {
    expect(await harEntriesOf(firefoxNetwork([early, failed]))).toEqual([failed]);
    expect(await harEntriesOf(firefoxNetwork([whole, failed]))).toEqual([whole, failed]);
  });

  it("is told apart from a server's own status 0, which comes with its status line", () => {
    expect(lacksStatusLine(early)).toBe(true);
    const sentZero = { response: { status: 0, httpVersion: "HTTP/1.1", statusText: "Zero", headers } };
    expect(lacksStatusLine(sentZero)).toBe(false);
    expect(lacksStatusLine(failed)).toBe(false);
    const chromium = { response: { ...early.response, _error: "" } };
    expect(lacksStatusLine(chromium)).toBe(false);
  });
});
