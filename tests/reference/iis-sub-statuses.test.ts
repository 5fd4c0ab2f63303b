/** explain 500.19: the common IIS sub-statuses say what IIS means by them, with their source. */
import { describe, expect, it } from "vitest";
import { searchReference } from "../../src/reference";
import { IIS_SUB_STATUSES } from "../../src/reference/iis-sub-statuses";

describe("IIS sub-statuses", () => {
  it.each([
    ["500.19", 500, /Configuration data is invalid.*web\.config/],
    ["404.3", 404, /MIME/],
    ["401.2", 401, /authentication method/],
    ["404.13", 404, /maxAllowedContentLength/],
    ["403.14", 403, /default document/],
    ["500.30", 500, /In-Process Start Failure/],
    ["502.5", 502, /ASP\.NET Core Module: Process Failure/],
  ])("%s is the %i card with IIS's meaning and its source", (query, status, meaning) => {
    const [entry, ...more] = searchReference(query);
    expect(more).toEqual([]);
    expect(entry?.code).toBe(status);
    expect(entry?.note).toMatch(meaning);
    expect(entry?.links.some((link) => link.url.startsWith("https://learn.microsoft.com/"))).toBe(true);
    // The answer carries the source; the shared status card does not.
    expect(searchReference(String(status))[0]?.links).not.toContainEqual(
      expect.objectContaining({ url: expect.stringContaining("learn.microsoft.com") }),
    );
  });

  it("tells 404.1 from 404.10 and leaves unknown ones to the plain note", () => {
    expect(searchReference("404.1")[0]?.note).toMatch(/no card for it yet/);
    expect(searchReference("404.11")[0]?.note).toMatch(/double escap/);
  });

  it("holds each sub-status once, on a status IIS sends", () => {
    const keys = IIS_SUB_STATUSES.map(({ status, sub }) => `${status}.${sub}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { status, source } of IIS_SUB_STATUSES) {
      expect([401, 403, 404, 500, 502, 503]).toContain(status);
      expect(source.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    }
  });
});
