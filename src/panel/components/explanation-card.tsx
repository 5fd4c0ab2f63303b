import type { RequestRecord } from "../../core/model";
import { findingText, methodShown, shorten, statusLabel } from "../../core/model";
import { useStore } from "../state/store-context";
import { CARD } from "../strings/card";
import { CardCaching } from "./card-caching";
import { CardChain } from "./card-chain";
import { CardCopyActions } from "./card-copy-actions";
import { CardCorsReason } from "./card-cors-reason";
import { CardDevtoolsActions } from "./card-devtools-actions";
import { CardFrame, CardMeaning } from "./card-parts";
import { CardPreflight } from "./card-preflight";
import { CardHeaders, CardLinks, CardList, CardRelated } from "./card-sections";
import { ReferenceCard } from "./reference-card";
import { useClock } from "./use-clock";
import { useResponseBody } from "./use-response-body";
import { useShownRecord } from "./use-shown-record";

/** The card beside the list: the selected request's, or the reference card of a related code opened from it. */
export function ExplanationCard({ record }: { record: RequestRecord }) {
  const store = useStore();
  const code = store.referenceCode.value;
  // Keyed by what it shows: another request or code gets a new card, scrolled to its top.
  return code === null ? (
    <RequestCard key={record.id} record={record} />
  ) : (
    <ReferenceCard key={`${record.id} ${code}`} code={code} from={record} />
  );
}

/** The selected request's card: it renders the store's explanation of the exchange, and decides nothing. */
function RequestCard({ record }: { record: RequestRecord }) {
  const store = useStore();
  const body = useResponseBody(record);
  const explanation = store.explain(record, body);
  const { entry, findings, chain } = explanation;
  const now = useClock(
    store.clock,
    findings.some((finding) => finding.until !== undefined),
  );
  const label = statusLabel(record);
  // The explanation reads the exchange as it was; what the card prints of it is redacted unless revealed.
  const shown = useShownRecord(record);
  return (
    <CardFrame
      title={explanation.title}
      entry={entry}
      bucket={record.bucket}
      onClose={() => store.select(null)}
    >
      <p class="card-url">
        <span class="card-method">{shorten(methodShown(record.method), 40)}</span> {shorten(shown.url)}
      </p>
      {label.source === "server" && label.text !== entry.name && (
        <p class="card-reason">
          {CARD.reasonPhrase} <q>{label.text}</q>
        </p>
      )}
      {explanation.cors && <CardCorsReason reason={explanation.cors} record={record} />}
      <CardDevtoolsActions record={record} />
      <CardCopyActions record={record} responseBody={body} />
      <CardMeaning meaning={explanation} />
      {findings.length > 0 && (
        <CardList
          title={CARD.sections.findings}
          items={findings
            .filter((finding) => finding.topic !== "cors-reason")
            .map((finding) => findingText(finding, now))}
          kind="findings"
        />
      )}
      {explanation.caching && <CardCaching caching={explanation.caching} />}
      {chain && <CardChain chain={chain} currentId={record.id} />}
      {explanation.preflight && <CardPreflight side={explanation.preflight} />}
      <CardList title={CARD.sections.check} items={explanation.checklist} kind="checklist" />
      <CardList title={CARD.sections.causes} items={entry.causes} kind="causes" />
      <CardHeaders names={entry.headers} record={shown} />
      <CardRelated related={entry.related} />
      <CardLinks entry={entry} />
    </CardFrame>
  );
}
