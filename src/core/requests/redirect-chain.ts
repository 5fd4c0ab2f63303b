import { canonicalUrl, resolveUrl } from "../http";
import type { RequestRecord } from "../model";

export interface RedirectHop {
  id: string;
  status: number;
  method: string;
  host: string;
  url: string;
}

export interface RedirectChain {
  /** The first request, each redirect, and the request that ended the chain, in order. */
  hops: RedirectHop[];
  /** Redirect responses followed (hops.length - 1). */
  redirects: number;
  /** A URL was requested twice in the chain. */
  loop: boolean;
  /** More redirects than a page should need (more than LONG_CHAIN). */
  tooLong: boolean;
  /** Browsers' limit reached: 20 redirects (Fetch §4.4) or the chain ended in ERR_TOO_MANY_REDIRECTS. */
  limitReached: boolean;
  /** A hop's method differs from the first (POST turned GET by a 301, 302 or 303). */
  methodChanged: boolean;
}

/** Redirects beyond this many cost the user a round trip each for nothing a page needs. */
export const LONG_CHAIN = 5;
const BROWSER_LIMIT = 20;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const hopOf = ({ id, status, method, host, url }: RequestRecord): RedirectHop => ({
  id,
  status,
  method,
  host,
  url,
});

function chainOf(members: RequestRecord[]): RedirectChain {
  const hops = members.map(hopOf);
  const redirects = hops.length - 1;
  const last = members[members.length - 1];
  const first = hops[0];
  return {
    hops,
    redirects,
    loop: new Set(hops.map((hop) => hop.url)).size < hops.length,
    tooLong: redirects > LONG_CHAIN,
    limitReached: redirects >= BROWSER_LIMIT || /ERR_TOO_MANY_REDIRECTS/.test(last?.failure?.error ?? ""),
    methodChanged: hops.some((hop) => hop.method !== first?.method),
  };
}

/**
 * Links each redirect response to the request that followed it: the first later record, not yet claimed,
 * whose URL is the resolved Location. Every record in a chain of two or more hops maps to its chain (shared).
 */
export function linkRedirects(records: readonly RequestRecord[]): Map<string, RedirectChain> {
  const waiting = new Map<string, number[]>();
  records.forEach((record, position) => {
    const url = canonicalUrl(record.url);
    const list = waiting.get(url);
    if (list) list.push(position);
    else waiting.set(url, [position]);
  });
  const next = new Map<number, number>();
  const followed = new Set<number>();
  records.forEach((record, position) => {
    if (!REDIRECTS.has(record.status) || !record.redirectURL) return;
    const target = resolveUrl(record.redirectURL, record.url);
    const candidates = target === undefined ? undefined : waiting.get(target);
    if (!candidates) return;
    // Positions are ascending and each is claimed once: drop the ones already passed or claimed.
    while (candidates.length > 0 && ((candidates[0] ?? 0) <= position || followed.has(candidates[0] ?? 0))) {
      candidates.shift();
    }
    const follower = candidates.shift();
    if (follower === undefined) return;
    next.set(position, follower);
    followed.add(follower);
  });
  const chains = new Map<string, RedirectChain>();
  records.forEach((record, position) => {
    if (followed.has(position) || !next.has(position)) return;
    const members = [record];
    for (let at = next.get(position); at !== undefined; at = next.get(at)) {
      const member = records[at];
      if (member) members.push(member);
    }
    const chain = chainOf(members);
    for (const member of members) chains.set(member.id, chain);
  });
  return chains;
}
