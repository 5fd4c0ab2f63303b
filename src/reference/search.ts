import type { ReferenceEntry } from "./entry";
import { ALL_ENTRIES, explainFailure, explainStatus } from "./lookup";

/** "I’m a Teapot!" and "im a teapot" both become "im a teapot". */
export function normalizeWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Cards matching a code ("429"), a net::ERR_ or Firefox NS_ERROR_ name, or words of a name or alias ("payload too large"),
 * best first: exact name or alias, then names starting with the words, then names containing them all,
 * then summaries containing them all.
 */
export function searchReference(text: string): ReferenceEntry[] {
  const query = typeof text === "string" ? text.trim() : "";
  // A code (even a negative one, as Playwright writes) and an error name always have exactly one card.
  if (/^-?\d+$/.test(query)) return [explainStatus(Number(query))];
  if (/^(?:net::)?ERR_|^NS_ERROR_/i.test(query)) return [explainFailure(query)];
  const wanted = normalizeWords(query);
  if (wanted === "") return [];
  return ALL_ENTRIES.map((entry, order) => ({ entry, order, score: scoreOf(entry, wanted) }))
    .filter((hit) => hit.score < NO_MATCH)
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .map((hit) => hit.entry);
}

const NO_MATCH = 4;

function scoreOf(entry: ReferenceEntry, wanted: string): number {
  const names = [entry.name, entry.registeredName ?? "", ...entry.aliases].map(normalizeWords);
  if (names.includes(wanted)) return 0;
  if (names.some((name) => name.startsWith(wanted))) return 1;
  const words = wanted.split(" ");
  if (names.some((name) => containsWords(name, words))) return 2;
  if (containsWords(normalizeWords(entry.summary), words)) return 3;
  return NO_MATCH;
}

// Each wanted word must start some word of the text: "large" matches "Too Large", "arge" does not.
function containsWords(text: string, words: string[]): boolean {
  const have = text.split(" ");
  return words.every((word) => have.some((candidate) => candidate.startsWith(word)));
}
