/**
 * Finding the card for a WebSocket close code (CloseEvent.code): a registered code's own card, else the card of
 * the range RFC 6455 §7.4.2 puts it in, named by the code; `ws:` queries of the lookup and `explain` come here.
 */
import { type CloseCodeCard, closeCodeEntry, type ReferenceEntry } from "./entry";
import { type CloseRangeCard, WEBSOCKET_CLOSE_CODES, WEBSOCKET_CLOSE_RANGES } from "./websocket-close-codes";

const rangeCard = ({ from: _from, to: _to, ...card }: CloseRangeCard, code?: number): CloseCodeCard =>
  code === undefined ? card : { ...card, closeCode: code };

/** The registered codes' cards, then one card per range (with no code: the range's name says which). */
export const WEBSOCKET_CLOSE_ENTRIES: readonly ReferenceEntry[] = [
  ...WEBSOCKET_CLOSE_CODES.map(closeCodeEntry),
  ...WEBSOCKET_CLOSE_RANGES.map((range) => closeCodeEntry(rangeCard(range))),
];

const BY_CODE: ReadonlyMap<number, ReferenceEntry> = new Map(
  WEBSOCKET_CLOSE_ENTRIES.flatMap((entry) =>
    entry.closeCode === undefined ? [] : [[entry.closeCode, entry] as const],
  ),
);

/** The largest number a close frame's two-byte code can hold (RFC 6455 §5.5.1). */
const MAX_CLOSE_CODE = 65535;

/** The card for a close code from 0 to 65535: its own, or its range's carrying the code. */
export function explainCloseCode(code: number): ReferenceEntry {
  const own = BY_CODE.get(code);
  if (own) return own;
  const range = WEBSOCKET_CLOSE_RANGES.find(({ from, to }) => code >= from && code <= to);
  return range ? closeCodeEntry(rangeCard(range, code)) : notACloseCode(NOT_IN_RANGE);
}

const NOT_A_NUMBER =
  "After ws: comes the code the page's CloseEvent.code gave, a whole number, as in ws:1006.";
const NOT_IN_RANGE = `A close code is two bytes: a whole number from 0 to ${MAX_CLOSE_CODE}, as in ws:1006.`;

/** The answer to a `ws:` query, which every form of the grammar gets: a card, or one saying why it is none. */
export function closeCodeQueryEntry(query: string): ReferenceEntry {
  const digits = /^ws:\s*(\d+)$/i.exec(query.trim())?.[1];
  if (digits === undefined) return notACloseCode(NOT_A_NUMBER);
  const code = Number(digits);
  return code <= MAX_CLOSE_CODE ? explainCloseCode(code) : notACloseCode(NOT_IN_RANGE);
}

function notACloseCode(note: string): ReferenceEntry {
  return {
    ...closeCodeEntry({
      name: "Not a WebSocket close code",
      aliases: [],
      standing: "unregistered",
      summary: "The query names no WebSocket close code.",
      explanation:
        "WebSocket close codes are whole numbers from 0 to 65535 that a close frame carries and the page reads as CloseEvent.code; RFC 6455 gives meaning to 1000–4999. Ask for one as ws: followed by the number.",
      whoActs: "client",
      causes: ["A query that is not ws: followed by a number from 0 to 65535"],
      hints: ["Log event.code in the socket's close handler, then look it up as ws:<code>."],
      headers: [],
      retry: "after-change",
      related: [],
      spec: "RFC 6455 §7.4",
    }),
    note,
  };
}
