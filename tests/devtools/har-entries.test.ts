import { describe, expect, it } from "vitest";
import { harEntriesOf } from "../../src/devtools/har-entries";
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
