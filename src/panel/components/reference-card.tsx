import type { ComponentChildren } from "preact";
import { entryAsOf, explainRecord, meaningOf } from "../../core/hints";
import type { RequestRecord } from "../../core/model";
import { bucketOfStatus } from "../../core/model";
import { cardTitle, explainStatus, type ReferenceEntry } from "../../reference";
import { useStore } from "../state/store-context";
import { CARD } from "../strings/card";
import { CardFrame, CardMeaning } from "./card-parts";
import { CardLinks, CardList, CardRelated } from "./card-sections";

/** A related code's reference card, opened from a request's card; it leads back to that request. */
export function ReferenceCard({ code, from }: { code: number; from: RequestRecord }) {
  const store = useStore();
  return (
    <ReferenceEntryCard entry={explainStatus(code)} onClose={() => store.select(null)}>
      <p class="card-back">
        <button type="button" class="link-button" onClick={() => store.showReference(null)}>
          <span aria-hidden="true">← </span>
          {CARD.backTo(cardTitle(explainRecord(from)))}
        </button>
      </p>
    </ReferenceEntryCard>
  );
}

// A close code has no HTTP class: one nobody must act on reads as informational, any other as a failure.
function bucketOfEntry(entry: ReferenceEntry): string {
  if (entry.kind === "websocket-close") return entry.whoActs === "nobody" ? "1xx" : "failed";
  return entry.code === undefined ? "failed" : bucketOfStatus(entry.code);
}

/** One card of the reference as it stands, with no request: a code's, a failure's (net::ERR_…) or a close code's. */
export function ReferenceEntryCard(props: {
  entry: ReferenceEntry;
  onClose: () => void;
  /** Shown above the meaning (a way back). */
  children?: ComponentChildren;
}) {
  const { onClose, children } = props;
  const store = useStore();
  const entry = entryAsOf(props.entry, new Date(store.clock()));
  const meaning = meaningOf(entry);
  return (
    <CardFrame title={meaning.title} entry={entry} bucket={bucketOfEntry(entry)} onClose={onClose}>
      {children}
      <CardMeaning meaning={meaning} />
      <CardList title={CARD.sections.check} items={entry.hints} kind="checklist" />
      <CardList title={CARD.sections.causes} items={entry.causes} kind="causes" />
      {entry.headers.length > 0 && (
        <CardList title={CARD.sections.headers} items={entry.headers} kind="header-names" />
      )}
      <CardRelated related={entry.related} />
      <CardLinks entry={entry} />
    </CardFrame>
  );
}
