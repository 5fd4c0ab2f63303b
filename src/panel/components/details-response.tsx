import { bodyTextOf } from "../../core/http";
import type { RequestRecord } from "../../core/model";
import { redactBody } from "../../core/redact";
import { UI } from "../strings";
import { DetailsBody } from "./details-body";
import { type BodyContent, useBodyContent } from "./use-body-content";
import { useRedaction } from "./use-shown-record";

const NOTES: Record<Exclude<BodyContent["state"], "held">, string> = {
  loading: UI.details.loading,
  empty: UI.details.emptyBody,
  noResponse: UI.details.noResponse,
  withheld: UI.details.bodyWithheld,
  gone: UI.details.bodyGone,
  notHanded: UI.details.bodyNotHanded,
  notInFile: UI.details.bodyNotInFile,
};

/** The Response tab: the body as text (JSON re-indented), binary described, and why when there is none. */
export function DetailsResponse({ record }: { record: RequestRecord }) {
  const D = UI.details;
  const content = useBodyContent(record);
  const redaction = useRedaction();
  if (content.state !== "held") {
    return (
      <p class="details-none" role={content.state === "loading" ? "status" : undefined}>
        {NOTES[content.state]}
      </p>
    );
  }
  // DevTools hands bodies over as they are: password-like JSON members and form fields are hidden here.
  const shown = bodyTextOf({ ...content, text: redactBody(content.text, content.mimeType, redaction) });
  return shown.kind === "binary" ? (
    <p class="details-none">{D.binaryBody(content.mimeType, record.responseBodySize)}</p>
  ) : (
    <DetailsBody text={shown.text} />
  );
}
