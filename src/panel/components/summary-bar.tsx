import { BUCKET_LABELS, BUCKETS } from "../../core/model";
import { useStore } from "../state/store-context";
import { LogReadAge } from "./log-read-age";

/** One chip per class; clicking one filters the list to it, clicking it again clears. */
export function SummaryBar() {
  const store = useStore();
  const counts = store.counts.value;
  const active = store.chip.value;
  const pending = store.pending.value;
  return (
    <div class="summary-bar" role="toolbar" aria-label="Status classes">
      {BUCKETS.filter((bucket) => bucket !== "nonstandard" || counts.nonstandard > 0).map((bucket) => (
        <button
          key={bucket}
          type="button"
          class="chip"
          data-bucket={bucket}
          aria-pressed={active === bucket}
          title={active === bucket ? "Show every class" : `Show only ${BUCKET_LABELS[bucket]}`}
          onClick={() => store.toggleChip(bucket)}
        >
          <span class="chip-label">{BUCKET_LABELS[bucket]}</span>
          <span class="chip-count">{counts[bucket]}</span>
        </button>
      ))}
      <span class="summary-total" aria-live="polite">
        {store.visible.value.rows.length} / {store.total.value} requests
        {pending > 0 && `, ${pending} pending`}
      </span>
      {store.view.value.kind === "live" && <LogReadAge />}
    </div>
  );
}
