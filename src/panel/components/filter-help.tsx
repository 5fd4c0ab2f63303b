import { FILTER_KEYS } from "../../core/filter";
import { useStore } from "../state/store-context";
import { UI } from "../strings";

/** The filter keys with one line each; an example click adds that term to the query. */
export function FilterHelp({ onClose }: { onClose: () => void }) {
  const store = useStore();
  const addTerm = (term: string) => {
    const query = store.query.value.trim();
    store.query.value = query ? `${query} ${term}` : term;
    onClose();
    document.getElementById("filter-input")?.focus();
  };
  return (
    <div class="filter-help" role="dialog" aria-label={UI.filter.syntax}>
      <p>
        {UI.filter.helpBeforeMinus}
        <code>-</code>
        {UI.filter.helpAfterMinus}
      </p>
      <dl>
        {FILTER_KEYS.map((key) => [
          <dt key={`${key.key}-t`}>
            <button type="button" class="link-button" onClick={() => addTerm(key.example)}>
              {key.example}
            </button>
          </dt>,
          <dd key={`${key.key}-d`}>{key.help}</dd>,
        ])}
      </dl>
    </div>
  );
}
