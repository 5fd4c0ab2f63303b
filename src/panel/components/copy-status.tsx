import { useEffect, useRef } from "preact/hooks";
import type { CopyOutcome } from "../state/copy-state";
import { useStore } from "../state/store-context";
import { UI } from "../strings";

// Long enough to read, short enough not to cover the list for good.
const SHOWN_MS = 4000;

function copiedText(outcome: Extract<CopyOutcome, { ok: true }>): string {
  const what =
    outcome.kind === "failures" ? UI.share.copied.failures(outcome.failing) : UI.share.copied[outcome.kind];
  return what + (outcome.revealed ? UI.share.revealedNote : UI.share.redactedNote);
}

/**
 * What the last copy did, announced politely: "Copied …" for a few seconds, or, when the browser refused, the text
 * itself, selected in a box, so Ctrl+C still gets it.
 */
export function CopyStatus() {
  const store = useStore();
  const outcome = store.copyOutcome.value;
  const manual = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!outcome) return;
    if (!outcome.ok) {
      manual.current?.focus();
      manual.current?.select();
      return;
    }
    const timer = setTimeout(() => store.dismissCopy(), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [outcome, store]);
  return (
    // The live region stays in the page, so a screen reader hears each new message.
    <div
      class={`copy-status${outcome ? " shown" : ""}${outcome?.ok === false ? " failed" : ""}`}
      role="status"
    >
      {outcome?.ok === true && <p class="copy-message">{copiedText(outcome)}</p>}
      {outcome?.ok === false && (
        <div>
          <p class="copy-message">{UI.share.copyFailed}</p>
          <textarea
            ref={manual}
            class="copy-manual"
            readOnly
            aria-label={UI.share.copyFailedText}
            value={outcome.text}
          />
          <button type="button" class="tool-button" onClick={() => store.dismissCopy()}>
            {UI.share.closeCopyFailed}
          </button>
        </div>
      )}
    </div>
  );
}
