import type { FailingEndpoint } from "../requests";
import { formatFilter } from "./filter-format";
import type { FilterTerm, IsValue } from "./filter-term";
import { hostnameOf } from "./host-glob";

// Failure kinds with their own `is:` value; "unknown" falls back to every failed request.
const KIND_TERMS: Readonly<Record<NonNullable<FailingEndpoint["failure"]>, IsValue>> = {
  network: "network",
  blocked: "blocked",
  canceled: "canceled",
  cors: "cors",
  unknown: "failed",
};

/**
 * The filter query that lists one failing endpoint of `summarize`: its status (or failure kind), method, host and
 * path pattern, e.g. `status:404 method:GET domain:api.example.com path:/api/orders/:id`.
 */
export function endpointQuery({ status, failure, method, host, pattern }: FailingEndpoint): string {
  const outcome: FilterTerm = failure
    ? { key: "is", value: KIND_TERMS[failure], negated: false }
    : { key: "status", ranges: [{ min: status, max: status }], negated: false };
  // A query term ends at whitespace and cannot hold a quote: such characters match through `*`.
  const path = pattern.replace(/[\s"]+/gu, "*");
  return formatFilter({
    terms: [
      outcome,
      { key: "method", methods: [method.toUpperCase()], negated: false },
      { key: "domain", patterns: [hostnameOf(host).toLowerCase()], negated: false },
      { key: "path", pattern: path, negated: false },
    ],
  });
}
