/** Vendor codes issue 13 asks for, and codes two vendors use differently: each reading, and how to tell them. */
import { describe, expect, it } from "vitest";
import { explainStatus, searchReference } from "../../src/reference";

const textOf = (code: number): string => {
  const entry = explainStatus(code);
  return [entry.summary, entry.explanation, ...entry.hints].join("\n");
};

describe("vendor codes", () => {
  it.each([
    [420, "Enhance Your Calm", /Twitter/],
    [430, "Shopify Security Rejection", /Shopify/],
    [450, "Blocked by Windows Parental Controls", /Parental Controls/],
    [498, "Invalid Token", /Esri/],
    [529, "Site is overloaded", /Qualys/],
  ])("%i is %s, unofficial, with its sender", (code, name, sender) => {
    const entry = explainStatus(code);
    expect(entry).toMatchObject({ code, name, kind: "unofficial", standing: "unofficial", spec: "" });
    expect(entry.sender).toMatch(sender);
  });
});

describe("codes that mean different things to different vendors", () => {
  it.each([
    [420, [/Twitter/, /Spring/, /Method Failure|METHOD_FAILURE/], /Server header|body/],
    [499, [/nginx/, /Esri|ArcGIS/, /Token Required/], /access log|\/arcgis\/rest\//],
    [530, [/Cloudflare/, /Pantheon/, /frozen/], /CF-Ray/],
    [451, [/legal/i, /Exchange ActiveSync/, /redirect/], /X-MS-Location/],
  ])("%i shows each reading and says how to tell them apart", (code, readings, tell) => {
    for (const reading of readings) expect(textOf(code)).toMatch(reading);
    expect(explainStatus(code).hints.join("\n")).toMatch(tell);
  });

  it("finds the other vendor's name by words", () => {
    expect(searchReference("token required")[0]?.code).toBe(499);
    expect(searchReference("site frozen")[0]?.code).toBe(530);
    expect(searchReference("method failure")[0]?.code).toBe(420);
  });
});
