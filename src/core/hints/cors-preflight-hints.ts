import { type Hint, hintsAbout, preflightRefusal, type RequestRecord } from "../model";

const hint = hintsAbout("cors");

/** A preflight's answer against what it asked for: status, Allow-Methods, Allow-Headers (Fetch §4.8). */
export function preflightHints(record: RequestRecord, credentialed: boolean): Hint[] {
  const refusal = preflightRefusal(record, credentialed);
  if (!refusal) return [];
  const hints: Hint[] = [];
  if (refusal.status !== undefined) {
    hints.push(
      hint(
        "error",
        `The preflight got ${refusal.status}; it must get a 2xx status, so the real request is never sent.`,
        "Status",
      ),
    );
  }
  if (refusal.method) {
    const { asked, allowed } = refusal.method;
    const listed = allowed.length > 0 ? `lists ${allowed.join(", ")}` : "is missing";
    hints.push(
      hint(
        "error",
        `Access-Control-Allow-Methods ${listed}; the preflight asked for ${asked}.`,
        "Access-Control-Allow-Methods",
      ),
    );
  }
  if (refusal.headers) {
    const { missing, allowed } = refusal.headers;
    const listed = allowed.length > 0 ? `lists ${allowed.join(", ")}` : "is missing";
    hints.push(
      hint(
        "error",
        `Access-Control-Allow-Headers ${listed}; the preflight asked for ${missing.join(", ")}, which ${missing.length > 1 ? "are" : "is"} not allowed.`,
        "Access-Control-Allow-Headers",
      ),
    );
  }
  return hints;
}
