import type { ComponentChildren } from "preact";
import { cardTitle } from "../../reference";
import type { ReferenceEntry } from "../../reference/reference-entry";

const WHO_ACTS: Record<ReferenceEntry["whoActs"], string> = {
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

function standingNote(entry: ReferenceEntry): string | null {
  if (entry.kind === "unofficial") return `Unofficial${entry.sender ? `: sent by ${entry.sender}` : ""}`;
  if (entry.kind === "fallback") return "Not a registered code";
  if (entry.kind === "failure") return null;
  if (entry.standing === "standard" || entry.standing === "unofficial") return null;
  return entry.standing[0]?.toUpperCase() + entry.standing.slice(1);
}

/** The card's frame: title, standing badge, close button; the body comes as children. */
export function CardFrame(props: {
  entry: ReferenceEntry;
  bucket: string;
  onClose: () => void;
  children: ComponentChildren;
}) {
  const { entry, bucket, onClose, children } = props;
  const title = cardTitle(entry);
  const standing = standingNote(entry);
  return (
    <section class="card" data-bucket={bucket} aria-label={`Explanation: ${title}`}>
      <header class="card-header">
        <h2 class="card-title">{title}</h2>
        {standing && <span class="card-standing">{standing}</span>}
        <button type="button" class="card-close" aria-label="Close explanation" onClick={onClose}>
          ×
        </button>
      </header>
      {children}
    </section>
  );
}

/** What the reference says of a code, whatever request it came from. */
export function CardMeaning({ entry }: { entry: ReferenceEntry }) {
  return (
    <>
      <p class="card-summary">{entry.summary}</p>
      <p class="card-explanation">{entry.explanation}</p>
      <p class="card-who">
        {WHO_ACTS[entry.whoActs]} {RETRY[entry.retry]}
      </p>
    </>
  );
}
