import { describe, expect, it } from "vitest";
import { recordsSinceNavigation } from "../../src/core/navigation";
import { recordWith } from "./record-builder";

const doc = (url: string, status = 200) => recordWith({ url, status, resourceType: "document" });
const fetchOf = (url: string) => recordWith({ url, resourceType: "fetch" });

describe("recordsSinceNavigation", () => {
  it("keeps the new document and what followed it", () => {
    const old = [doc("https://a.test/"), fetchOf("https://a.test/api")];
    const next = [doc("https://a.test/next"), fetchOf("https://a.test/next.js")];
    expect(recordsSinceNavigation([...old, ...next], "https://a.test/next")).toEqual(next);
  });

  it("keeps the redirects that led to the new document", () => {
    const hop = doc("https://a.test/old", 301);
    const landing = doc("https://a.test/new");
    const records = [fetchOf("https://a.test/x"), hop, landing];
    expect(recordsSinceNavigation(records, "https://a.test/new")).toEqual([hop, landing]);
  });

  it("takes the latest load when the same URL was loaded twice (a reload)", () => {
    const first = doc("https://a.test/");
    const again = doc("https://a.test/");
    expect(recordsSinceNavigation([first, fetchOf("https://a.test/1"), again], "https://a.test/")).toEqual([
      again,
    ]);
  });

  it("clears everything when the document request is not in the list", () => {
    expect(recordsSinceNavigation([fetchOf("https://a.test/1")], "https://b.test/")).toEqual([]);
  });
});
