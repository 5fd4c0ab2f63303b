import { describe, expect, it } from "vitest";
import { byStartTime } from "../../../src/core/requests/start-order";
import { recordWith } from "../record-builder";

const at = (time: string, url = `https://a.test/${time}`) => recordWith({ url, startedDateTime: time });

describe("byStartTime", () => {
  it("puts a page's document before the stylesheet that finished first", () => {
    const css = at("2026-11-25T10:00:00.200Z", "https://a.test/app.css");
    const doc = at("2026-11-25T10:00:00.100Z", "https://a.test/");
    expect(byStartTime([css, doc])).toEqual([doc, css]);
  });

  it("compares instants, not strings, across time-zone offsets (Firefox writes local times)", () => {
    const utc = at("2026-11-25T10:00:00.500Z");
    const paris = at("2026-11-25T11:00:00.100+01:00");
    expect(byStartTime([utc, paris])).toEqual([paris, utc]);
  });

  it("keeps arrival order for equal or unreadable start times", () => {
    const a = at("2026-11-25T10:00:00.000Z", "https://a.test/a");
    const b = at("2026-11-25T10:00:00.000Z", "https://a.test/b");
    const broken = at("not a date", "https://a.test/broken");
    expect(byStartTime([a, b, broken])).toEqual([a, b, broken]);
    expect(byStartTime([broken, a])).toEqual([broken, a]);
  });
});
