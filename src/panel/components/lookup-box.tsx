import { useStore } from "../state/store-context";
import { UI } from "../strings";

/** The reference lookup's field: what it finds shows in the card area, with no request needed. */
export function LookupBox() {
  const store = useStore();
  return (
    <input
      type="search"
      class="lookup-box"
      aria-label={UI.exportAndLookup.lookup}
      placeholder={UI.exportAndLookup.lookupPlaceholder}
      spellcheck={false}
      autocomplete="off"
      value={store.lookupQuery.value}
      onInput={(event) => store.setLookupQuery(event.currentTarget.value)}
    />
  );
}
