import type { ComponentChildren } from "preact";
import { queryAsksIs } from "../../core/filter";
import { BUCKET_LABELS, BUCKETS, type Bucket } from "../../core/model";
import { FAILURE_KIND_TERMS } from "../state/filter-state";
import { useStore } from "../state/store-context";
import { UI } from "../strings";
import { LogReadAge } from "./log-read-age";

/**
 * One chip per class: a click shows only that class (again: every class), Ctrl/Cmd-click adds or removes it.
 * Failed is split: its kinds follow it, each with its count, each a shortcut for its `is:` term.
 */
export function SummaryBar() {
  const store = useStore();
  const counts = store.counts.value;
  const shown = store.chips.value;
  const pending = store.pending.value;
  return (
    <div class="summary-bar" role="toolbar" aria-label={UI.summary.label}>
      {BUCKETS.filter((bucket) => bucket !== "nonstandard" || counts.nonstandard > 0).map((bucket) => {
        const pressed = shown.has(bucket);
        const label = BUCKET_LABELS[bucket];
        const chip = (
          <button
            key={bucket}
            type="button"
            class="chip"
            data-bucket={bucket}
            aria-pressed={pressed}
            title={pressed ? UI.list.chipPressedTitle(label) : UI.list.chipTitle(label)}
            onClick={(event) => store.toggleChip(bucket, event.ctrlKey || event.metaKey)}
          >
            <span class="chip-label">{label}</span>
            <span class="chip-count">{counts[bucket]}</span>
          </button>
        );
        return bucket === "failed" && counts.failed > 0 ? <FailedChip key={bucket} chip={chip} /> : chip;
      })}
      <span class="summary-total" aria-live="polite">
        {UI.summary.shown(store.visible.value.rows.length, store.total.value)}
        {pending > 0 && UI.summary.pending(pending)}
      </span>
      {store.view.value.kind === "live" && <LogReadAge />}
    </div>
  );
}

/** The Failed chip and, beside it, a button per failure kind that occurs: its count, and its `is:` term on click. */
function FailedChip({ chip }: { chip: ComponentChildren; key: Bucket }) {
  const store = useStore();
  const kinds = store.failureCounts.value;
  const query = store.query.value;
  return (
    <span class="chip-split" data-bucket="failed">
      {chip}
      {/* biome-ignore lint/a11y/useSemanticElements: a fieldset would break the chips' inline row. */}
      <span class="chip-kinds" role="group" aria-label={UI.list.failureKindsGroup}>
        {FAILURE_KIND_TERMS.filter((kind) => kinds[kind] > 0).map((kind) => {
          const term = `is:${kind}`;
          const pressed = queryAsksIs(query, kind);
          return (
            <button
              key={kind}
              type="button"
              class="chip-kind"
              aria-pressed={pressed}
              title={
                pressed
                  ? UI.list.failureKindPressedTitle(term)
                  : UI.list.failureKindTitle(UI.list.failureKinds[kind], term)
              }
              onClick={() => store.toggleFailureKind(kind)}
            >
              {UI.list.failureKinds[kind]} <span class="chip-count">{kinds[kind]}</span>
            </button>
          );
        })}
      </span>
    </span>
  );
}
