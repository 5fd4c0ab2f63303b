/** What an HTTP expert found wrong in the cards (issue 13), one case each, so none comes back. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_ENTRIES, explainFailure, explainStatus, type ReferenceEntry } from "../../src/reference";
import { expiryNoteOf } from "../../src/reference/expiry";
import { NO_STATUS_CARDS } from "../../src/reference/lookup";

const textOf = (entry: ReferenceEntry): string =>
  [
    entry.summary,
    entry.explanation,
    ...entry.causes,
    ...entry.hints,
    ...entry.related.map((r) => r.note),
  ].join("\n");

describe("spec facts", () => {
  it("451 is cacheable by default (RFC 7725 §3)", () => {
    expect(explainStatus(451).cacheable).toBe(true);
  });

  it("415 points at Accept-Encoding and Accept, and keeps Accept-Patch and Accept-Post to their methods", () => {
    const card = explainStatus(415);
    expect(card.headers).toEqual(expect.arrayContaining(["Accept-Encoding", "Accept"]));
    expect(card.hints.join(" ")).toMatch(/Accept-Encoding/);
    expect(textOf(card)).toMatch(/Accept-Patch[^.]*PATCH/);
    expect(textOf(card)).toMatch(/Accept-Post[^.]*POST/);
  });

  it("304 does not claim a reload revalidates everything", () => {
    const card = explainStatus(304);
    expect(textOf(card)).not.toMatch(/revalidates everything/);
    expect(textOf(card)).toMatch(/only the main document/i);
  });

  it("103 says which browser honors it where, the first one only, preload/preconnect only, dropped on a cross-origin redirect", () => {
    const text = textOf(explainStatus(103));
    expect(text).toMatch(/Chrome[^.]*Safari[^.]*HTTP\/2/);
    expect(text).toMatch(/Firefox[^.]*HTTP\/1\.1/);
    expect(text).toMatch(/first 103/);
    expect(text).toMatch(/preload[^.]*preconnect/);
    expect(text).toMatch(/cross-origin redirect/);
  });

  it("308 was first defined by RFC 7238, which RFC 7538 replaced; 305 was deprecated by RFC 7231", () => {
    expect(explainStatus(308).explanation).toMatch(/RFC 7238[^.]*RFC 7538/);
    expect(explainStatus(305).explanation).toMatch(/RFC 7231 deprecated/);
    expect(explainStatus(305).explanation).not.toMatch(/RFC 9110 deprecates/);
  });
});

describe("104's temporary registration", () => {
  const card = explainStatus(104);

  it("carries the expiry date of IANA's registry snapshot", () => {
    const folder = join(__dirname, "../fixtures/iana");
    const csv = readdirSync(folder)
      .filter((name) => name.endsWith(".csv"))
      .sort()
      .reverse()[0];
    const row = readFileSync(join(folder, csv ?? ""), "utf8")
      .split("\n")
      .find((line) => line.startsWith("104,"));
    expect(row).toContain(`expires ${card.expires}`);
    expect(card.explanation).toContain(card.expires);
  });

  it("says nothing more before the date and that it lapsed after it, by the clock it is given", () => {
    expect(expiryNoteOf(card, new Date("2026-11-12T23:00:00Z"))).toBeUndefined();
    expect(expiryNoteOf(card, new Date("2026-12-01T12:00:00Z"))).toMatch(/expired on 2026-11-13/);
    expect(expiryNoteOf(explainStatus(200), new Date("2099-01-01"))).toBeUndefined();
  });

  it("is never dated by a clock read inside the reference", () => {
    const folder = join(__dirname, "../../src/reference");
    for (const file of readdirSync(folder)) {
      expect(readFileSync(join(folder, file), "utf8"), file).not.toMatch(/Date\.now|new Date\(\s*\)/);
    }
  });
});

describe("what HTTP/2 changes", () => {
  it("444 and ERR_EMPTY_RESPONSE hold over HTTP/1.x; over HTTP/2 Chromium reports ERR_HTTP2_PROTOCOL_ERROR", () => {
    for (const card of [explainStatus(444), explainFailure("net::ERR_EMPTY_RESPONSE")]) {
      expect(card.explanation, card.name).toMatch(/HTTP\/1/);
      expect(card.explanation, card.name).toMatch(/HTTP\/2[^.]*ERR_HTTP2_PROTOCOL_ERROR/);
    }
  });
});

describe("net errors keep to their own case", () => {
  it("ERR_SSL_PROTOCOL_ERROR leaves the no-shared-cipher case to ERR_SSL_VERSION_OR_CIPHER_MISMATCH", () => {
    const card = explainFailure("net::ERR_SSL_PROTOCOL_ERROR");
    expect(card.explanation).not.toMatch(/share no protocol version or cipher/);
    expect(card.explanation).toMatch(/ERR_SSL_VERSION_OR_CIPHER_MISMATCH/);
  });

  it("ERR_INVALID_RESPONSE leaves non-HTTP ports and duplicate Content-Length to their own errors", () => {
    const card = explainFailure("net::ERR_INVALID_RESPONSE");
    expect(card.causes.join(" ")).not.toMatch(/non-HTTP service|Content-Length/);
    expect(textOf(card)).toMatch(/ERR_INVALID_HTTP_RESPONSE/);
    expect(textOf(card)).toMatch(/ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_LENGTH/);
  });
});

describe("a card agrees with itself", () => {
  it.each(ALL_ENTRIES.map((entry) => [entry.name, entry] as const))(
    "%s: the prose does not contradict the retry advice",
    (_name, entry) => {
      const prose = `${entry.summary} ${entry.explanation}`;
      if (entry.retry === "after-change" || entry.retry === "no") {
        expect(prose).not.toMatch(/retry later|try again later/i);
      }
      if (entry.retry === "yes" || entry.retry === "after-delay") {
        expect(prose).not.toMatch(/retry only after changing|retrying will not help/i);
      }
    },
  );

  it("500 tells the client to retry after a delay, as its prose says", () => {
    expect(explainStatus(500).retry).toBe("after-delay");
  });

  it("writes US English", () => {
    const british = /\b(honour|neighbour|behaviour|favour|colour|labelled|cancelled|licence|catalogue)\w*/i;
    for (const entry of ALL_ENTRIES) expect(textOf(entry), entry.name).not.toMatch(british);
  });

  it("does not give 530 a title Cloudflare never used (its page calls it Error 530 with a 1xxx error)", () => {
    expect(explainStatus(530).name).not.toMatch(/Origin Error/);
    expect(explainStatus(530).name).toMatch(/1xxx/);
  });
});

describe("the CORS card", () => {
  const card = NO_STATUS_CARDS.cors;

  it("says a refused preflight leaves only the OPTIONS in the server's log", () => {
    expect(textOf(card)).toMatch(/only the OPTIONS/);
  });

  it("does not blame a cross-origin redirect; a redirected preflight is what fails", () => {
    expect(card.causes.join(" ")).not.toMatch(/A redirect to another origin during a CORS request/);
    expect(textOf(card)).toMatch(/preflight[^.]*redirect|redirect[^.]*preflight/i);
    expect(textOf(card)).toMatch(/cross-origin redirect is allowed/i);
  });
});

describe("specific hints", () => {
  const hints = (code: number) => explainStatus(code).hints.join(" ");

  it("409 names If-Match and idempotency keys", () => {
    expect(hints(409)).toMatch(/If-Match/);
    expect(hints(409)).toMatch(/Idempotency-Key/);
  });

  it("422 points at problem+json's errors or invalid-params", () => {
    expect(hints(422)).toMatch(/application\/problem\+json/);
    expect(hints(422)).toMatch(/invalid-params/);
  });

  it("410 asks for Sunset or Deprecation headers and a successor link", () => {
    expect(hints(410)).toMatch(/Sunset|Deprecation/);
  });

  it("507 tells a quota from a full disk", () => {
    expect(hints(507)).toMatch(/quota/);
    expect(hints(507)).toMatch(/df /);
  });

  it("431 says nginx answers 400 instead and Node's limit is 16 KB", () => {
    expect(hints(431)).toMatch(/400 "Request Header Or Cookie Too Large"/);
    expect(hints(431)).toMatch(/16 KB/);
  });
});
