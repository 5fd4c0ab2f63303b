const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER = /^\d+$/;
// MD5 and longer digests, git object names, content hashes in file names (app.3f9a8c2b1d4e5f60.js).
const HASH_RUN = /(?<![0-9a-z])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{16,}(?![0-9a-z])/gi;

function segmentPattern(segment: string): string {
  if (NUMBER.test(segment)) return ":id";
  if (UUID.test(segment)) return ":uuid";
  return segment.replace(HASH_RUN, ":hash");
}

/**
 * A path with its variable parts folded, so requests to one endpoint group together: numeric ids → `:id`,
 * UUIDs → `:uuid`, hex digests of 16+ digits → `:hash`. The query and fragment are dropped.
 */
export function pathPattern(path: string): string {
  const bare = path.replace(/[?#].*$/s, "");
  if (bare === "" || bare === "/") return "/";
  return bare.split("/").map(segmentPattern).join("/");
}
