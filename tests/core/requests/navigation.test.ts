import { describe, expect, it } from "vitest";
import { recordsSinceNavigation } from "../../../src/core/requests/navigation";
import { recordWith } from "../record-builder";

const NOW = new Date("2026-11-25T10:00:10.000Z");
const doc = (url: string, status = 200, startedDateTime = "2026-11-25T10:00:09.000Z") =>
  recordWith({ url, status, resourceType: "document", startedDateTime });
const fetchOf = (url: string) => recordWith({ url, resourceType: "fetch" });

describe("recordsSinceNavigation", () => {
  it("clears everything when the new document has not finished yet (the usual order)", () => {
    const records = [doc("https://a.test/"), fetchOf("https://a.test/api")];
    expect(recordsSinceNavigation(records, "https://a.test/next", NOW)).toEqual([]);
  });

  it("treats a reload's earlier document as the old page", () => {
    const records = [doc("https://a.test/"), fetchOf("https://a.test/1")];
    expect(recordsSinceNavigation(records, "https://a.test/", NOW)).toEqual([]);
  });

  it("keeps the new document when it finished before the navigation event", () => {
    const landing = doc("https://a.test/next");
    expect(
      recordsSinceNavigation([fetchOf("https://a.test/x"), landing], "https://a.test/next", NOW),
    ).toEqual([landing]);
  });

  it("keeps the redirects that led to the new document", () => {
    const hop = doc("https://a.test/old", 301);
    const landing = doc("https://a.test/new");
    const records = [fetchOf("https://a.test/x"), hop, landing];
    expect(recordsSinceNavigation(records, "https://a.test/new", NOW)).toEqual([hop, landing]);
    expect(recordsSinceNavigation([fetchOf("https://a.test/x"), hop], "https://a.test/new", NOW)).toEqual([
      hop,
    ]);
  });

  it("drops a stale document at the tail: a page that loaded nothing else, reloaded later", () => {
    const old = doc("https://a.test/", 200, "2026-11-25T09:00:00.000Z");
    expect(recordsSinceNavigation([old], "https://a.test/", NOW)).toEqual([]);
  });

  it("clears everything on an empty list or a tail of other documents", () => {
    expect(recordsSinceNavigation([], "https://a.test/", NOW)).toEqual([]);
    expect(recordsSinceNavigation([doc("https://a.test/frame")], "https://a.test/", NOW)).toEqual([]);
  });
});
