import { describe, expect, it } from "vitest";
import { ALL_ENTRIES, explainStatus, type ReferenceEntry } from "../../src/reference";
import {
  classFallbackEntry,
  invalidStatusEntry,
  REGISTERED_ENTRIES,
  UNOFFICIAL_ENTRIES,
} from "../../src/reference/lookup";
import { expectWellFormed } from "./well-formed";

const byCode = (code: number): ReferenceEntry => {
  const entry = [...REGISTERED_ENTRIES, ...UNOFFICIAL_ENTRIES].find((candidate) => candidate.code === code);
  if (!entry) throw new Error(`no entry for ${code}`);
  return entry;
};
const errorCodes = ALL_ENTRIES.filter((entry) => entry.class === "4xx" || entry.class === "5xx");
const everyCard = [
  ...ALL_ENTRIES,
  ...[150, 250, 350, 450, 550].map(classFallbackEntry),
  invalidStatusEntry(-1),
];

describe("every card", () => {
  it.each(everyCard.map((entry) => [entry.name, entry] as const))("%s is well-formed", (_name, entry) => {
    expectWellFormed(entry);
    if (entry.code !== undefined && entry.kind !== "fallback") {
      expect(entry.class).toBe(`${String(entry.code)[0]}xx`);
    }
  });

  it("gives each 4xx and 5xx at least two hints, and each registered one a spec reference", () => {
    for (const entry of errorCodes) {
      expect(entry.hints.length, entry.name).toBeGreaterThanOrEqual(2);
      if (entry.kind === "standard") expect(entry.spec, entry.name).toMatch(/^RFC \d+ §[\d.]+$/);
    }
  });

  it("uses no hint text in more than three cards", () => {
    const uses = new Map<string, number>();
    for (const hint of everyCard.flatMap((entry) => entry.hints)) uses.set(hint, (uses.get(hint) ?? 0) + 1);
    expect([...uses].filter(([, count]) => count > 3)).toEqual([]);
  });

  it("links registered codes to MDN's current layout and to the spec section", () => {
    for (const entry of REGISTERED_ENTRIES) {
      const urls = entry.links.map((link) => link.url);
      // MDN has no page for 104 (a draft), 305 (deprecated) or 306 (unused).
      if (![104, 305, 306].includes(entry.code ?? 0)) {
        expect(urls).toContain(
          `https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/${entry.code}`,
        );
      }
      if (entry.spec.startsWith("RFC 9110")) {
        expect(urls.some((url) => url.startsWith("https://www.rfc-editor.org/rfc/rfc9110#section-15."))).toBe(
          true,
        );
      }
    }
  });

  it("relates only to codes that have a card of their own", () => {
    for (const entry of ALL_ENTRIES) {
      for (const { code } of entry.related)
        expect(explainStatus(code).kind, `${entry.name} → ${code}`).not.toBe("fallback");
    }
  });
});

describe("registered codes", () => {
  it("are cacheable by default exactly as RFC 9110 §15.1 lists, plus 451 (RFC 7725 §3)", () => {
    const cacheable = REGISTERED_ENTRIES.filter((entry) => entry.cacheable).map((entry) => entry.code);
    expect(cacheable).toEqual([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501]);
  });

  it.each([
    [401, 403],
    [301, 308],
    [302, 303],
    [302, 307],
    [303, 307],
    [204, 200],
    [400, 422],
    [404, 410],
    [500, 503],
    [502, 504],
  ])("%i and %i each explain the other", (a, b) => {
    expect(byCode(a).related.map((related) => related.code)).toContain(b);
    expect(byCode(b).related.map((related) => related.code)).toContain(a);
  });

  it("use RFC 9110's current names and keep the older ones as aliases", () => {
    expect(byCode(413)).toMatchObject({ name: "Content Too Large" });
    expect(byCode(413).aliases).toEqual(
      expect.arrayContaining(["Payload Too Large", "Request Entity Too Large"]),
    );
    expect(byCode(422)).toMatchObject({ name: "Unprocessable Content", standing: "standard" });
    expect(byCode(422).aliases).toContain("Unprocessable Entity");
    expect(byCode(416).name).toBe("Range Not Satisfiable");
    expect(byCode(302).aliases).toContain("Moved Temporarily");
  });

  it("show the reserved codes by the display rule", () => {
    expect(byCode(306)).toMatchObject({ name: "(Unused)", standing: "reserved" });
    expect(byCode(306).aliases).toContain("Switch Proxy");
    expect(byCode(418)).toMatchObject({
      name: "I'm a teapot",
      registeredName: "(Unused)",
      standing: "reserved",
    });
    expect(byCode(418).summary).toMatch(/RFC 9110 reserves 418 as \(Unused\)/);
    expect(byCode(418).explanation).toMatch(/RFC 2324/);
  });

  it("mark what is temporary, deprecated or obsoleted", () => {
    expect(byCode(104).standing).toBe("temporary");
    expect(byCode(305)).toMatchObject({ standing: "obsolete" });
    expect(byCode(305).summary).toMatch(/Deprecated/);
    expect(byCode(510)).toMatchObject({ standing: "obsolete" });
    expect(byCode(510).summary).toMatch(/Obsoleted/);
  });

  it("do not say a 403 proves authentication", () => {
    expect(byCode(403).explanation).toMatch(/with or without authentication/);
  });
});

describe("unofficial codes", () => {
  it.each([
    444, 494, 495, 496, 497, 499, 520, 521, 522, 523, 524, 525, 526, 527, 530, 460, 463, 464, 561, 509, 598,
    599, 419, 440, 449,
  ])("%i is labelled unofficial with its sender", (code) => {
    const entry = explainStatus(code);
    expect(entry).toMatchObject({ code, kind: "unofficial", standing: "unofficial", spec: "" });
    expect(entry.sender?.trim()).toBeTruthy();
  });

  it("name the vendor that sends them", () => {
    expect(explainStatus(499).sender).toBe("nginx");
    expect(explainStatus(522).sender).toBe("Cloudflare");
    expect(explainStatus(463).sender).toBe("AWS Application Load Balancer");
    expect(explainStatus(419).sender).toBe("Laravel");
  });
});
