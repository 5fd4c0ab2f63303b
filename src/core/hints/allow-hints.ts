import { headerValues, tokenList } from "../http";
import type { Hint, RequestRecord } from "../model";

/** Allow's methods (RFC 9110 §10.2.1): a list of tokens; malformed items are dropped, duplicates kept once. */
export function parseAllow(values: readonly string[]): string[] {
  return [...new Set(tokenList(values))];
}

/** 405: what Allow permits against the method this request used. */
export function allowHints(record: RequestRecord): Hint[] {
  const values = headerValues(record.responseHeaders, "allow");
  const method = record.method;
  if (values.length === 0) {
    return [
      {
        topic: "allow",
        severity: "warning",
        text: `No Allow header: the server does not say which methods instead of ${method} would work (RFC 9110 §15.5.6 requires it).`,
        source: "Allow",
      },
    ];
  }
  const allowed = parseAllow(values);
  if (allowed.length === 0) {
    const empty = values.every((value) => value.trim() === "");
    if (!empty) return [];
    return [
      {
        topic: "allow",
        severity: "info",
        text: "Allow is empty: this resource accepts no method at all.",
        source: "Allow",
      },
    ];
  }
  const listed = allowed.join(", ");
  // Methods are case-sensitive (RFC 9110 §9.1), so "post" is not POST.
  if (allowed.includes(method)) {
    return [
      {
        topic: "allow",
        severity: "warning",
        text: `Allow lists ${listed}, including ${method}, the method used: the server contradicts itself, or the route differs (path, trailing slash).`,
        source: "Allow",
      },
    ];
  }
  const caseOnly = allowed.find((m) => m.toUpperCase() === method.toUpperCase());
  const note = caseOnly ? ` Methods are case-sensitive: ${caseOnly} is listed.` : "";
  return [
    {
      topic: "allow",
      severity: "info",
      text: `Allow lists ${listed}; this request used ${method}.${note}`,
      source: "Allow",
    },
  ];
}
