import type { ComponentChildren } from "preact";
import type { Meaning } from "../../core/hints";
import type { ReferenceEntry } from "../../reference";
import { CARD } from "../strings/card";

function standingNote(entry: ReferenceEntry): string | null {
  if (entry.kind === "unofficial") return CARD.standing.unofficial(entry.sender);
  if (entry.kind === "fallback") return CARD.standing.fallback;
  if (entry.kind === "failure") return null;
  if (entry.standing === "standard" || entry.standing === "unofficial") return null;
  return entry.standing[0]?.toUpperCase() + entry.standing.slice(1);
}

/** The card's frame: title, standing badge, close button; the body comes as children. */
export function CardFrame(props: {
  title: string;
  entry: ReferenceEntry;
  bucket: string;
  onClose: () => void;
  children: ComponentChildren;
}) {
  const { title, entry, bucket, onClose, children } = props;
  const standing = standingNote(entry);
  return (
    <section class="card" data-bucket={bucket} aria-label={CARD.region(title)}>
      <header class="card-header">
        <h2 class="card-title">{title}</h2>
        {standing && <span class="card-standing">{standing}</span>}
        <button type="button" class="card-close" aria-label={CARD.close} onClick={onClose}>
          ×
        </button>
      </header>
      {/* What the lookup could not match exactly ("Sub-status .13 is IIS's…"): said before the card it gave. */}
      {entry.note && <p class="card-note">{entry.note}</p>}
      {children}
    </section>
  );
}

/** What the reference says of a code, whatever request it came from. */
export function CardMeaning({ meaning }: { meaning: Meaning }) {
  return (
    <>
      <p class="card-summary">{meaning.summary}</p>
      <p class="card-explanation">{meaning.explanation}</p>
      <p class="card-who">
        {meaning.whoActs.text} {meaning.retry.text}
      </p>
    </>
  );
}
