import type { Hint } from "../model";
import { LONG_CHAIN, type RedirectChain } from "../requests";

const MAX_SHOWN = 6;

function route(chain: RedirectChain): string {
  const steps = chain.hops.map((hop) => `${hop.status || "failed"} ${hop.method} ${hop.url}`);
  if (steps.length <= MAX_SHOWN) return steps.join(" → ");
  return [
    ...steps.slice(0, MAX_SHOWN - 2),
    `… ${steps.length - MAX_SHOWN + 1} more …`,
    steps[steps.length - 1],
  ].join(" → ");
}

/** What a request's redirect chain shows as a whole: loops, chains too long, method changes along the way. */
export function chainHints(chain: RedirectChain): Hint[] {
  const hints: Hint[] = [];
  const hint = (severity: Hint["severity"], text: string) =>
    hints.push({ topic: "redirect-chain", severity, text });
  const urls = [...new Set(chain.hops.map((hop) => hop.url))];
  if (chain.loop) {
    hint(
      "error",
      `Redirect loop between ${urls.slice(0, 3).join(", ")}${urls.length > 3 ? ", …" : ""} (${chain.redirects} redirects).`,
    );
  }
  if (chain.limitReached)
    hint("error", "The chain hit the browser's limit of 20 redirects (Fetch §4.4), so it failed.");
  else if (chain.tooLong)
    hint("warning", `${chain.redirects} redirects (more than ${LONG_CHAIN}): each costs a round trip.`);
  if (chain.methodChanged) {
    const methods = chain.hops
      .map((hop) => hop.method)
      .filter((method, i, all) => method !== all[i - 1])
      .join(" → ");
    hint("info", `The method changed along the chain (${methods}); a request body is not sent again.`);
  }
  hint("info", `Redirect chain: ${route(chain)}.`);
  return hints;
}
