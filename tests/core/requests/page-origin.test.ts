import { describe, expect, it } from "vitest";
import { inspectedPageOriginOf } from "../../../src/core/requests";
import { recordWith } from "../record-builder";

const doc = (url: string) => recordWith({ url, resourceType: "document" });
const xhr = (url: string) => recordWith({ url, resourceType: "xhr" });

describe("inspectedPageOriginOf", () => {
  it.each([
    {
      why: "the newest document",
      records: [doc("https://a.test/"), doc("https://b.test/x"), xhr("https://api.test/")],
      pageUrl: undefined,
      origin: "https://b.test",
    },
    {
      why: "the last navigation before any document",
      records: [doc("https://a.test/")],
      pageUrl: "https://c.test:8443/p",
      origin: "https://c.test:8443",
    },
    {
      why: "none without a document",
      records: [xhr("https://api.test/")],
      pageUrl: undefined,
      origin: undefined,
    },
  ])("$why", ({ records, pageUrl, origin }) => {
    expect(inspectedPageOriginOf(records, pageUrl)).toBe(origin);
  });
});
