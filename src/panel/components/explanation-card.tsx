import { chainHints } from "../../core/chain-hint";
import { diagnose } from "../../core/diagnose";
import { explainRecord } from "../../core/explain-record";
import type { RequestRecord } from "../../core/request-record";
import { statusLabel } from "../../core/status-label";
import type { ReferenceEntry } from "../../reference/reference-entry";
import { useStore } from "../state/store-context";
import { CardChain } from "./card-chain";
import { CardHeaders, CardLinks, CardList, CardRelated } from "./card-sections";
import { useResponseBody } from "./use-response-body";

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

/** The explanation card for the selected request: reference text sharpened by what this exchange says. */
export function ExplanationCard({ record }: { record: RequestRecord }) {
  const store = useStore();
  const entry = explainRecord(record);
  const label = statusLabel(record);
  const responseBody = useResponseBody(record);
  const chain = store.chains.value.get(record.id);
  const findings = [
    ...diagnose(record, {
      now: new Date(),
      ...(responseBody === undefined ? {} : { responseBody }),
      ...(store.pageOrigin.value === undefined ? {} : { pageOrigin: store.pageOrigin.value }),
    }),
    ...(chain ? chainHints(chain) : []),
  ];
  const standing = standingNote(entry);
  const title = entry.code === undefined ? entry.name : `${entry.code} ${entry.name}`;
  return (
    <section class="card" data-bucket={record.bucket} aria-label={`Explanation: ${title}`}>
      <header class="card-header">
        <h2 class="card-title">{title}</h2>
        {standing && <span class="card-standing">{standing}</span>}
        <button
          type="button"
          class="card-close"
          aria-label="Close explanation"
          onClick={() => store.select(null)}
        >
          ×
        </button>
      </header>
      <p class="card-url">
        <span class="card-method">{record.method}</span> {record.url}
      </p>
      {label.source === "server" && label.text !== entry.name && (
        <p class="card-reason">
          The server's reason phrase: <q>{label.text}</q>
        </p>
      )}
      <p class="card-summary">{entry.summary}</p>
      <p class="card-explanation">{entry.explanation}</p>
      <p class="card-who">
        {WHO_ACTS[entry.whoActs]} {RETRY[entry.retry]}
      </p>
      {findings.length > 0 && (
        <CardList title="What this response says" items={findings.map((f) => f.text)} kind="findings" />
      )}
      {chain && <CardChain chain={chain} currentId={record.id} />}
      <CardList title="Check" items={entry.hints} kind="checklist" />
      <CardList title="Common causes" items={entry.causes} kind="causes" />
      <CardHeaders names={entry.headers} record={record} />
      <CardRelated related={entry.related} />
      <CardLinks entry={entry} />
    </section>
  );
}
