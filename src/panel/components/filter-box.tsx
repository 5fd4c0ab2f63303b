import { useState } from "preact/hooks";
import { useStore } from "../state/store-context";
import { UI } from "../strings";
import { FilterHelp } from "./filter-help";

/** The filter input, with Chrome's Network-panel syntax; a bad query says where and keeps the previous rows. */
export function FilterBox() {
  const store = useStore();
  const parsed = store.parsedQuery.value;
  const error = parsed.ok ? null : parsed.error;
  const [helpOpen, setHelpOpen] = useState(false);
  return (
    <div class="filter-box">
      <input
        id="filter-input"
        type="search"
        class={error ? "invalid" : ""}
        placeholder={UI.filter.placeholder}
        aria-label={UI.filter.label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "filter-error" : undefined}
        spellcheck={false}
        autocomplete="off"
        value={store.query.value}
        onInput={(event) => {
          store.query.value = event.currentTarget.value;
        }}
      />
      <button
        type="button"
        class="tool-button"
        aria-label={UI.filter.syntax}
        aria-expanded={helpOpen}
        title={UI.filter.syntax}
        onClick={() => setHelpOpen(!helpOpen)}
      >
        ?
      </button>
      {helpOpen && <FilterHelp onClose={() => setHelpOpen(false)} />}
      {error && (
        <span id="filter-error" class="filter-error" role="alert">
          {UI.filter.error(error.position + 1, error.message)}
          {error.suggestion && (
            <>
              {" "}
              <button
                type="button"
                class="link-button"
                onClick={() => {
                  store.query.value = applySuggestion(store.query.value, error);
                }}
              >
                {UI.filter.useSuggestion(error.suggestion)}
              </button>
            </>
          )}
        </span>
      )}
    </div>
  );
}

function applySuggestion(
  query: string,
  error: { position: number; length: number; suggestion?: string },
): string {
  return (
    query.slice(0, error.position) + (error.suggestion ?? "") + query.slice(error.position + error.length)
  );
}
