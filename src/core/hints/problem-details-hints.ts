import { isJsonObject } from "../har";
import type { Hint } from "../model";

/** The members of an RFC 9457 problem details object that Status Lens shows. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  /** "pointer: detail" lines from an `errors` extension (RFC 9457 §3's example, or a field → messages map). */
  errors: string[];
}

const MAX_TEXT = 300;
const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.trim().slice(0, MAX_TEXT) : undefined;

function errorLines(errors: unknown): string[] {
  if (Array.isArray(errors)) {
    return errors.flatMap((item) => {
      if (typeof item === "string") return text(item) ?? [];
      if (!isJsonObject(item)) return [];
      const message = text(item.detail) ?? text(item.message) ?? text(item.title);
      const where = text(item.pointer) ?? text(item.parameter) ?? text(item.header) ?? text(item.field);
      if (!message) return [];
      return where ? `${where}: ${message}` : message;
    });
  }
  if (!isJsonObject(errors)) return [];
  return Object.entries(errors).flatMap(([field, messages]) => {
    const list = (Array.isArray(messages) ? messages : [messages]).flatMap((m) => text(m) ?? []);
    return list.length > 0 ? `${field}: ${list.join("; ")}` : [];
  });
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    // Not JSON: an HTML error page or plain text is no problem details object.
    return undefined;
  }
}

/**
 * Reads a problem details body (RFC 9457 §3.1). With `application/problem+json` any object counts; otherwise the
 * object needs a title or detail. Non-JSON and other shapes give undefined.
 */
export function parseProblemDetails(body: string, mimeType = ""): ProblemDetails | undefined {
  if (body.length > 1_000_000) return undefined;
  const value = parseJson(body);
  if (!isJsonObject(value)) return undefined;
  const problem: ProblemDetails = { errors: errorLines(value.errors) };
  const type = text(value.type);
  const title = text(value.title);
  const detail = text(value.detail);
  const instance = text(value.instance);
  if (type) problem.type = type;
  if (title) problem.title = title;
  if (detail) problem.detail = detail;
  if (instance) problem.instance = instance;
  // RFC 9457 §3.1.2: a JSON number; anything else is ignored.
  if (typeof value.status === "number" && Number.isInteger(value.status)) problem.status = value.status;
  const declared = /\bproblem\+json\b/i.test(mimeType);
  // Undeclared JSON needs a title or detail: a lone "type" is too common a key to mean RFC 9457.
  if (!declared && !title && !detail) return undefined;
  return problem;
}

/** The hints a problem details body gives: its title and detail, its errors, a status that disagrees. */
export function problemDetailsHints(problem: ProblemDetails, status: number): Hint[] {
  const hints: Hint[] = [];
  const headline = [problem.title, problem.detail].filter(Boolean).join(": ");
  const type = problem.type && problem.type !== "about:blank" ? ` (type ${problem.type})` : "";
  if (headline || type) {
    hints.push({
      topic: "problem-details",
      severity: "info",
      text: `The server says: ${headline || "(no title)"}${type}.`,
      source: "body",
    });
  }
  if (problem.errors.length > 0) {
    const shown = problem.errors.slice(0, 5).join("; ");
    const more = problem.errors.length > 5 ? `; and ${problem.errors.length - 5} more` : "";
    hints.push({
      topic: "problem-details",
      severity: "info",
      text: `Errors: ${shown}${more}.`,
      source: "body",
    });
  }
  if (problem.status !== undefined && problem.status !== status) {
    hints.push({
      topic: "problem-details",
      severity: "warning",
      text: `The body's status is ${problem.status} but the response's is ${status}; RFC 9457 §3.1.2 says they should agree.`,
      source: "body",
    });
  }
  return hints;
}
