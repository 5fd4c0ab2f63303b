import { type Actor, cardTitle, type ReferenceEntry } from "../../reference";

type Advice = ReferenceEntry["retry"];

const WHO_ACTS: Record<Actor, string> = {
  client: "The client must change the request.",
  server: "The server (its code, configuration or capacity) must change.",
  intermediary: "Something between client and server (proxy, gateway, CDN, load balancer) is involved.",
  user: "The user must act (sign in, pay, reconnect).",
  nobody: "Nothing needs fixing.",
};

// The client's part depends on what a retry needs: "change the request" above "retry after a delay" contradicts.
const CLIENT_BY_ADVICE: Record<Advice, string> = {
  "after-change": WHO_ACTS.client,
  "after-delay": "The client must slow down.",
  yes: "Nothing in the request is wrong.",
  no: "The client must not repeat the request as it is.",
};

const RETRY: Record<Advice, string> = {
  yes: "Retrying can help.",
  no: "Retrying the same request will not help.",
  "after-change": "Retry only after changing the request.",
  "after-delay": "Retry after a delay.",
};

// A closed WebSocket is not retried but reopened, and what the client changes is what it sends.
const RECONNECT: Record<Advice, string> = {
  yes: "Reconnecting can help.",
  no: "Reconnecting the same way will not help.",
  "after-change": "Reconnect only after changing what the client sends.",
  "after-delay": "Reconnect after a delay.",
};

/** What a reference card says of its code, worded once for the panel and the terminal. */
export interface Meaning {
  title: string;
  summary: string;
  explanation: string;
  whoActs: { actor: Actor; text: string };
  /** "not-needed" for an exchange that worked out: a success, an interim answer, a redirect followed to a success. */
  retry: { advice: Advice | "not-needed"; text: string };
}

function whoActsText(actor: Actor, advice: Advice, code: number | undefined): string {
  // A redirect asks the client to go elsewhere, which browsers do by themselves: nothing in the request is wrong.
  if (actor === "client" && code !== undefined && code >= 300 && code < 400 && code !== 304) {
    return "The client follows the Location (browsers do so by themselves); update links that still use this URL.";
  }
  return actor === "client" ? CLIENT_BY_ADVICE[advice] : WHO_ACTS[actor];
}

export function meaningOf(entry: ReferenceEntry): Meaning {
  return {
    title: cardTitle(entry),
    summary: entry.summary,
    explanation: entry.explanation,
    whoActs: { actor: entry.whoActs, text: whoActsText(entry.whoActs, entry.retry, entry.code) },
    retry: settled(entry)
      ? { advice: "not-needed", text: "" }
      : { advice: entry.retry, text: (entry.kind === "websocket-close" ? RECONNECT : RETRY)[entry.retry] },
  };
}

// A 1xx or 2xx worked, as did a socket closed with nothing to fix (1000): a retry line would read as a failure.
function settled(entry: ReferenceEntry): boolean {
  if (entry.kind === "websocket-close") return entry.whoActs === "nobody" && entry.retry === "yes";
  return entry.class === "1xx" || entry.class === "2xx";
}
