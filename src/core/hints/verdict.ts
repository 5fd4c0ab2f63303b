import { cardTitle, explainStatus } from "../../reference";
import { type Hint, isPreflight, preflightRefusal, type RequestRecord } from "../model";
import type { PreflightLink, RedirectChain, RedirectHop } from "../requests";
import type { Meaning } from "./meaning";

type Verdict = Pick<Meaning, "whoActs" | "retry">;

/**
 * Who must act and whether a retry helps, for this exchange rather than for its code in general, so that the
 * card never says one thing above and another below: a redirect that ended in a success needs nothing; a preflight
 * the browser refused is itself the failure; a success whose headers break something is not "nothing to fix".
 */
export function verdictOf(
  record: RequestRecord,
  meaning: Meaning,
  findings: readonly Hint[],
  context: { chain?: RedirectChain; preflight?: PreflightLink },
): Verdict {
  const landed = landingOf(record, context.chain);
  if (landed) {
    return {
      whoActs: {
        actor: "nobody",
        text: `Nothing needs fixing: the browser followed the redirect to ${cardTitle(explainStatus(landed.status))}.`,
      },
      retry: { advice: "not-needed", text: "" },
    };
  }
  if (isPreflight(record) && preflightRefusal(record)) {
    return {
      whoActs: {
        actor: "server",
        text: "The server must change its answer to this preflight (see below): until it does, the browser never sends the real request.",
      },
      retry: { advice: "after-change", text: "Retrying will not help before that." },
    };
  }
  if (meaning.whoActs.actor === "nobody" && findings.some((finding) => finding.severity === "error")) {
    return {
      whoActs: {
        actor: "server",
        text: "The response arrived, but what it says breaks the exchange (see below).",
      },
      retry: { advice: "after-change", text: "Retrying will not help until the server changes it." },
    };
  }
  return { whoActs: meaning.whoActs, retry: meaning.retry };
}

/** The chain's last hop when this record is a redirect in it that ended in a success (2xx, or 304 from cache). */
function landingOf(record: RequestRecord, chain: RedirectChain | undefined): RedirectHop | undefined {
  if (!chain || record.status < 300 || record.status > 399 || record.status === 304) return undefined;
  const last = chain.hops.at(-1);
  if (!last || last.id === record.id) return undefined;
  // A failed last hop has status 0.
  return (last.status >= 200 && last.status < 300) || last.status === 304 ? last : undefined;
}
