import { useState } from "preact/hooks";
import { endpointQuery } from "../../core/filter";
import { BUCKET_LABELS, BUCKETS, FAILURE_KINDS } from "../../core/model";
import type { FailingEndpoint } from "../../core/requests";
import { useStore } from "../state/store-context";
import { UI } from "../strings";
import { ProblemGroups } from "./problem-groups";

const S = UI.share.summary;

/**
 * The session summary, folded by default so a narrow dock keeps its list: counts per class and failure kind, the top
 * failing endpoints (each a filter) and, beside them, the problems. Worked out only while unfolded.
 */
export function SessionSummary() {
  const [open, setOpen] = useState(false);
  return (
    <details class="session-summary" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary class="session-summary-toggle">{S.toggle}</summary>
      {open && <SummaryBody />}
    </details>
  );
}

function SummaryBody() {
  const store = useStore();
  const summary = store.summary.value;
  const kinds = FAILURE_KINDS.filter((kind) => summary.failureKinds[kind] > 0);
  return (
    <section class="session-summary-body" aria-label={S.region}>
      <div class="summary-block">
        <h2 class="summary-heading">{S.requests(summary.total)}</h2>
        <dl class="summary-counts classes">
          {BUCKETS.filter((bucket) => bucket !== "nonstandard" || summary.buckets.nonstandard > 0).map(
            (bucket) => (
              <div key={bucket} class="summary-count" data-bucket={bucket}>
                <dt>{BUCKET_LABELS[bucket]}</dt>
                <dd>{summary.buckets[bucket]}</dd>
              </div>
            ),
          )}
        </dl>
        {kinds.length > 0 && <p class="summary-kinds-label">{S.failureKinds}</p>}
        {kinds.length > 0 && (
          <dl class="summary-counts failure-kinds">
            {kinds.map((kind) => (
              <div key={kind} class="summary-count" data-bucket="failed">
                <dt>{UI.list.failureKinds[kind]}</dt>
                <dd>{summary.failureKinds[kind]}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
      <div class="summary-block">
        <h2 class="summary-heading">{S.topFailing}</h2>
        {summary.topFailing.length === 0 ? (
          <p class="summary-none">{S.noFailing}</p>
        ) : (
          <ol class="summary-list">
            {summary.topFailing.map((endpoint) => (
              <EndpointItem key={endpointQuery(endpoint)} endpoint={endpoint} />
            ))}
          </ol>
        )}
      </div>
      <ProblemGroups />
    </section>
  );
}

function EndpointItem({ endpoint }: { endpoint: FailingEndpoint }) {
  const store = useStore();
  const query = endpointQuery(endpoint);
  const { count, status, failure, method, host, pattern } = endpoint;
  const code = failure ? S.failedCode(UI.list.failureKinds[failure]) : String(status);
  return (
    <li>
      <button
        type="button"
        class="summary-item"
        data-bucket={failure ? "failed" : status >= 500 ? "5xx" : "4xx"}
        title={S.endpointTitle(query)}
        onClick={() => store.showQuery(query)}
      >
        {S.endpoint(count, code, method, pattern)} <span class="summary-host">{host}</span>
      </button>
    </li>
  );
}
