import { type Actor, cardTitle, type ReferenceEntry } from "../../reference";

const WHO_ACTS: Record<Actor, string> = {
  client: "The client must change the request.",
  server: "The server (its code, configuration or capacity) must change.",
  intermediary: "Something between client and server (proxy, gateway, CDN, load balancer) is involved.",
  user: "The user must act (sign in, pay, reconnect).",
  nobody: "Nothing needs fixing.",
};

const RETRY: Record<ReferenceEntry["retry"], string> = {
  yes: "Retrying can help.",
  no: "Retrying the same request will not help.",
  "after-change": "Retry only after changing the request.",
  "after-delay": "Retry after a delay.",
};

/** What a reference card says of its code, worded once for the panel and the terminal. */
export interface Meaning {
  title: string;
  summary: string;
  explanation: string;
  whoActs: { actor: Actor; text: string };
  retry: { advice: ReferenceEntry["retry"]; text: string };
}

export function meaningOf(entry: ReferenceEntry): Meaning {
  return {
    title: cardTitle(entry),
    summary: entry.summary,
    explanation: entry.explanation,
    whoActs: { actor: entry.whoActs, text: WHO_ACTS[entry.whoActs] },
    retry: { advice: entry.retry, text: RETRY[entry.retry] },
  };
}
