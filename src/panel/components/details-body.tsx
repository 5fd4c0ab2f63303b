import { useState } from "preact/hooks";
import { utf8Length } from "../../core/http";
import { UI } from "../strings";

/** Bodies past this many characters show their start until the user asks for all (a long pre is slow to lay out). */
export const BODY_SHOWN_CHARS = 100 * 1024;

/** A body as plain text (never HTML), cut at BODY_SHOWN_CHARS with a Show all button. */
export function DetailsBody({ text }: { text: string }) {
  const [all, setAll] = useState(false);
  const cut = !all && text.length > BODY_SHOWN_CHARS;
  const shown = cut ? text.slice(0, BODY_SHOWN_CHARS) : text;
  return (
    <>
      <pre class="details-body">{shown}</pre>
      {cut && (
        <p class="details-truncated">
          {UI.details.truncated(utf8Length(shown), utf8Length(text))}{" "}
          <button type="button" class="link-button" onClick={() => setAll(true)}>
            {UI.details.showAll}
          </button>
        </p>
      )}
    </>
  );
}
