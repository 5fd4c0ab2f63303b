import { explainStatus } from "../../reference";
import type { RequestRecord } from "./request-record";

export interface StatusLabel {
  /** The code column: "404", or Chrome's spellings for no status: "(failed)", "(canceled)", "(blocked)". */
  code: string;
  /** The reason phrase the server sent, else the reference's name; for failures the error shown beside it. */
  text: string;
  /** Where the text came from, so the UI can say "name from the reference". */
  source: "server" | "reference" | "browser" | "none";
}

const stripNet = (error: string) => error.replace(/^net::/, "");

export function statusLabel(record: RequestRecord): StatusLabel {
  // getHAR lists requests still in flight; their finished copy replaces them in the store.
  if (record.pending) return { code: "(pending)", text: "", source: "none" };
  const failure = record.failure;
  if (failure) {
    const error = failure.error ? stripNet(failure.error) : "";
    switch (failure.kind) {
      case "cors":
        return { code: "(failed)", text: "CORS error", source: "browser" };
      case "canceled":
        return { code: "(canceled)", text: error, source: error ? "browser" : "none" };
      case "blocked":
        return { code: "(blocked)", text: error, source: error ? "browser" : "none" };
      default:
        return { code: "(failed)", text: error, source: error ? "browser" : "none" };
    }
  }
  const code = String(record.status);
  if (record.statusText.trim()) return { code, text: record.statusText, source: "server" };
  const entry = explainStatus(record.status);
  // HTTP/2 and HTTP/3 carry no reason phrase: show the registered name, unless the code is not one we know.
  return entry.kind === "fallback"
    ? { code, text: "", source: "none" }
    : { code, text: entry.name, source: "reference" };
}
