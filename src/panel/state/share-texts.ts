import type { RequestRecord } from "../../core/model";
import { isFailing } from "../../core/requests";
import { curlOf, exchangeMarkdown, failuresMarkdown } from "../../core/share";
import type { CopyKind } from "./copy-state";
import type { PanelStore } from "./panel-store";

export interface ShareText {
  text: string;
  /** Whether secrets were left in (the Show secrets toggle was on). */
  revealed: boolean;
  /** Failing requests the text lists (the failures summary), else 0. */
  failing: number;
}

/**
 * The text a copy puts on the clipboard, built by core's share builders: the exchange as the card explains it
 * (with the body the card fetched, when given), the request as cURL, or every failing row in view. Redacted unless
 * the user turned Show secrets on.
 */
export function shareTextOf(
  store: PanelStore,
  kind: CopyKind,
  record: RequestRecord,
  responseBody?: string,
): ShareText {
  const reveal = store.revealSecrets.value;
  switch (kind) {
    case "markdown": {
      const text = exchangeMarkdown(record, store.explain(record, responseBody), {
        reveal,
        now: new Date(store.clock()),
      });
      return { text, revealed: reveal, failing: 0 };
    }
    case "curl":
      return { text: `${curlOf(record, { reveal })}\n`, revealed: reveal, failing: 0 };
    case "failures": {
      const rows = store.visible.value.rows.slice();
      return {
        text: failuresMarkdown(rows, { reveal }),
        revealed: reveal,
        failing: rows.filter(isFailing).length,
      };
    }
  }
}
