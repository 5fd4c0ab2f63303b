import { entryAsOf } from "../core/hints";
import { cardTitle, queryKindOf, type ReferenceEntry, searchReference } from "../reference";
import type { CliIo, ExitCode } from "./cli-io";
import { formatCard, wrapText } from "./format-card";

const USAGE = `Usage: status-lens explain <query...> [--json]
  A query is a status code (429), an IIS sub-status (404.13), a Chromium net
  error number (-105) or name (net::ERR_CONNECTION_REFUSED, ERR_ABORTED), a
  Firefox error name (NS_ERROR_OFFLINE), a WebSocket close code (ws:1006), or
  words of a name or alias (payload too large). Codes, numbers and error names
  each start a new query; other words join into one. After --, everything is
  query, even -105.
  --json   print a JSON array, one entry per query
`;

/** Codes, numbers and error names stand alone (the reference's grammar); runs of other words form one query. */
export function queriesOf(words: string[]): string[] {
  const queries: string[] = [];
  let phrase: string[] = [];
  const flush = () => {
    if (phrase.length) queries.push(phrase.join(" "));
    phrase = [];
  };
  for (const word of words) {
    if (queryKindOf(word) !== "words") {
      flush();
      queries.push(word);
    } else {
      phrase.push(word);
    }
  }
  flush();
  return queries;
}

const MORE_SHOWN = 5;

// Word queries can match several cards: show the best, name the next few so the user can ask for them.
function textFor(query: string, [best, ...others]: ReferenceEntry[]): string {
  if (!best) return "";
  const card = best.note ? `${wrapText(`Note: ${best.note}`)}\n\n${formatCard(best)}` : formatCard(best);
  if (others.length === 0) return card;
  const names = others.slice(0, MORE_SHOWN).map(cardTitle).join(", ");
  return `${card}
Other matches for "${query}": ${names}${others.length > MORE_SHOWN ? ", …" : ""}
`;
}

/** The --json shape: the contract fields first, in contract order, then the extras. */
function jsonCard(entry: ReferenceEntry) {
  const { code, name, aliases, kind, summary, explanation, causes, hints, headers, retry, cacheable } = entry;
  const { related, spec, links, standing, whoActs, sender, registeredName, netErrorNumber, closeCode, note } =
    entry;
  return {
    code,
    name,
    aliases,
    class: entry.class,
    kind,
    summary,
    explanation,
    causes,
    hints,
    headers,
    retry,
    cacheable,
    related,
    spec,
    links,
    standing,
    whoActs,
    sender,
    registeredName,
    netErrorNumber,
    closeCode,
    note,
  };
}

export async function runExplain(argv: string[], io: CliIo, clock: Date = new Date()): Promise<ExitCode> {
  // "--" ends the options: what follows is all query, even "-105" or "--json".
  const end = argv.indexOf("--");
  const args = end < 0 ? argv : argv.slice(0, end);
  const afterEnd = end < 0 ? [] : argv.slice(end + 1);
  // An option is anything after a dash but a number: "-105" is a Chromium net error, "--_x" an unknown option.
  const flags = args.filter((arg) => /^-(?!\d)./.test(arg));
  const unknown = flags.find((flag) => !["--json", "--help", "-h"].includes(flag));
  if (unknown) {
    io.err(`status-lens explain: unknown option ${unknown}\n${USAGE}`);
    return 1;
  }
  if (flags.includes("--help") || flags.includes("-h")) {
    io.out(USAGE);
    return 0;
  }
  const queries = queriesOf([...args.filter((arg) => !flags.includes(arg)), ...afterEnd]);
  if (queries.length === 0) {
    io.err(USAGE);
    return 1;
  }
  // A card is read as of now: a temporary registration past its expiry says so.
  const found = queries.map((query) => ({
    query,
    matches: searchReference(query).map((entry) => entryAsOf(entry, clock)),
  }));
  const missing = found.filter((hit) => hit.matches.length === 0).map((hit) => hit.query);
  if (missing.length) {
    for (const query of missing) io.err(`status-lens explain: nothing matches "${query}"\n`);
    return 2;
  }
  if (flags.includes("--json")) {
    const best = found.flatMap((hit) => hit.matches.slice(0, 1));
    io.out(`${JSON.stringify(best.map(jsonCard), null, 2)}\n`);
  } else {
    io.out(found.map((hit) => textFor(hit.query, hit.matches)).join("\n"));
  }
  return 0;
}
