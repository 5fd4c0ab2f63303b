import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ProblemDetails,
  parseProblemDetails,
  problemDetailsHints,
} from "../../../src/core/hints/problem-details-hints";

const RFC_EXAMPLE = JSON.stringify({
  type: "https://example.net/validation-error",
  title: "Your request is not valid.",
  errors: [
    { detail: "must be a positive integer", pointer: "#/age" },
    { detail: "must be 'green', 'red' or 'blue'", pointer: "#/profile/color" },
  ],
});

describe("parseProblemDetails (RFC 9457 §3)", () => {
  it.each<[string, string, string, ProblemDetails | undefined]>([
    [
      "RFC 9457 §3 validation example",
      RFC_EXAMPLE,
      "application/problem+json",
      {
        type: "https://example.net/validation-error",
        title: "Your request is not valid.",
        errors: ["#/age: must be a positive integer", "#/profile/color: must be 'green', 'red' or 'blue'"],
      },
    ],
    [
      "out of credit, status as number",
      '{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc","status":403}',
      "application/json",
      {
        type: "https://example.com/probs/out-of-credit",
        title: "You do not have enough credit.",
        detail: "Your current balance is 30, but that costs 50.",
        instance: "/account/12345/msgs/abc",
        status: 403,
        errors: [],
      },
    ],
    [
      "ASP.NET-style errors map, status as string ignored",
      '{"title":"One or more validation errors occurred.","status":"400","errors":{"Name":["The Name field is required."],"Age":"Too young"}}',
      "application/problem+json; charset=utf-8",
      {
        title: "One or more validation errors occurred.",
        errors: ["Name: The Name field is required.", "Age: Too young"],
      },
    ],
    ["declared type, empty object", "{}", "application/problem+json", { errors: [] }],
    ["plain JSON that is no problem", '{"ok":false}', "application/json", undefined],
    ["plain JSON with only a type", '{"type":"user","id":3}', "application/json", undefined],
    ["HTML error page", "<html><body>502 Bad Gateway</body></html>", "text/html", undefined],
    ["JSON array", "[1,2]", "application/problem+json", undefined],
    ["truncated JSON", '{"title":"x', "application/problem+json", undefined],
  ])("%s", (_name, body, mimeType, expected) => {
    expect(parseProblemDetails(body, mimeType)).toEqual(expected);
  });

  it("never throws on any body, JSON or not", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (body) => {
          const problem = parseProblemDetails(body, "application/problem+json");
          if (problem) expect(Array.isArray(problem.errors)).toBe(true);
        },
      ),
    );
  });
});

describe("problemDetailsHints", () => {
  it("names the title, detail, type and errors, and a disagreeing status", () => {
    const problem = parseProblemDetails(RFC_EXAMPLE, "application/problem+json") as ProblemDetails;
    expect(problemDetailsHints({ ...problem, status: 400 }, 422).map((h) => h.text)).toEqual([
      "The server says: Your request is not valid. (type https://example.net/validation-error).",
      "Errors: #/age: must be a positive integer; #/profile/color: must be 'green', 'red' or 'blue'.",
      "The body's status is 400 but the response's is 422; RFC 9457 §3.1.2 says they should agree.",
    ]);
  });

  it("caps the error list", () => {
    const errors = Array.from({ length: 8 }, (_, i) => `e${i}`);
    expect(problemDetailsHints({ errors }, 400).map((h) => h.text)).toEqual([
      "Errors: e0; e1; e2; e3; e4; and 3 more.",
    ]);
  });
});
