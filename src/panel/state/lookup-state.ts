import { computed, signal } from "@preact/signals";
import type { ReferenceEntry } from "../../reference";
import { sideParts } from "../side-parts-loader";

/** Matches listed beside the card; the rest are a more precise query away. */
export const LOOKUP_LIMIT = 12;

/**
 * The reference lookup: what the user typed, the cards it finds (the CLI's `explain` search) and which one is
 * shown. It needs no traffic: the card area shows it while no request is selected.
 */
export function createLookupState() {
  const lookupQuery = signal("");
  const lookupChoice = signal(0);
  // The search comes with the side parts (the reference's prose); until they load, no match is shown.
  const lookupMatches = computed(
    (): readonly ReferenceEntry[] =>
      sideParts()?.searchReference(lookupQuery.value).slice(0, LOOKUP_LIMIT) ?? [],
  );
  return {
    lookupQuery,
    lookupMatches,
    lookupChoice,
    /** The card shown: the chosen match, the best one until another is chosen. */
    lookupEntry: computed(() => lookupMatches.value[lookupChoice.value] ?? lookupMatches.value[0]),
    setLookupQuery(text: string): void {
      lookupQuery.value = text;
      lookupChoice.value = 0;
    },
    chooseLookup(index: number): void {
      lookupChoice.value = index;
    },
  };
}
