import type { StatusClass } from "../../reference";

/** The groups the panel shows as chips. "failed" = no HTTP status at all; "nonstandard" = a status outside 100–599. */
export const BUCKETS = ["1xx", "2xx", "3xx", "4xx", "5xx", "failed", "nonstandard"] as const;
export type Bucket = (typeof BUCKETS)[number];

/** How each bucket is named to people, in the panel and on the command line. */
export const BUCKET_LABELS: Readonly<Record<Bucket, string>> = {
  "1xx": "1xx",
  "2xx": "2xx",
  "3xx": "3xx",
  "4xx": "4xx",
  "5xx": "5xx",
  failed: "Failed",
  nonstandard: "Non-standard",
};

export {
  FAILURE_KINDS,
  type FailureKind,
  failureKindOfError,
  STATUS_CLASSES,
  type StatusClass,
} from "../../reference";

/**
 * The bucket of a status a HAR holds when nothing else is known: 0, a negative one (Playwright writes -1), NaN or
 * none at all means no response arrived; anything else outside the integers 100–599 (Infinity included, which is
 * what JSON makes of a status too long to read) is non-standard.
 */
export function bucketOfStatus(status: number | undefined): Bucket {
  if (status === undefined || Number.isNaN(status) || status <= 0) return "failed";
  return bucketOfAnswer(status);
}

/** The bucket of a status a server is known to have sent: a status line's 0 is then a non-standard answer too. */
export function bucketOfAnswer(status: number): Bucket {
  if (!Number.isInteger(status) || status < 100 || status > 599) return "nonstandard";
  return `${Math.floor(status / 100)}xx` as StatusClass;
}
