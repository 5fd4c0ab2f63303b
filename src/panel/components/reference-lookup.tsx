import { cardTitle } from "../../reference";
import { useStore } from "../state/store-context";
import { UI } from "../strings";
import { ReferenceEntryCard } from "./reference-card";

/** The card area while no request is selected and the lookup has a query: its matches and the chosen card. */
export function ReferenceLookup() {
  const store = useStore();
  const query = store.lookupQuery.value.trim();
  const matches = store.lookupMatches.value;
  const entry = store.lookupEntry.value;
  const texts = UI.exportAndLookup;
  return (
    <section id="lookup-pane" class="side-pane lookup-pane" aria-label={texts.lookupRegion}>
      {matches.length > 1 && (
        <nav class="lookup-matches" aria-label={texts.lookupMatches(matches.length)}>
          {matches.map((match, i) => (
            <button
              key={`${match.code ?? ""} ${match.name}`}
              type="button"
              class="link-button"
              aria-current={match === entry ? "true" : undefined}
              onClick={() => store.chooseLookup(i)}
            >
              {cardTitle(match)}
            </button>
          ))}
        </nav>
      )}
      {entry ? (
        <ReferenceEntryCard
          key={`${entry.code ?? ""} ${entry.name}`}
          entry={entry}
          onClose={() => store.setLookupQuery("")}
        />
      ) : (
        <p class="lookup-none" role="status">
          {texts.lookupNone(query)}
        </p>
      )}
    </section>
  );
}
