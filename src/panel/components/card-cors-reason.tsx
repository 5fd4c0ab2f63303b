import type { CorsReason } from "../../core/cors";
import type { RequestRecord } from "../../core/model";
import { redactText } from "../../core/redact";
import { CORS_RULES } from "../../reference";
import { CARD } from "../strings/card";
import { useRedaction } from "./use-shown-record";

/** The CORS rule that blocked this request, first on its card: how sure, what to do, and the values it read. */
export function CardCorsReason({ reason, record }: { reason: CorsReason; record: RequestRecord }) {
  const redaction = useRedaction();
  const rule = CORS_RULES[reason.reason];
  return (
    <section class="card-section card-cors" aria-label={CARD.cors.heading}>
      <h3>{CARD.cors.heading}</h3>
      <p class="cors-rule">
        <strong>{rule.title}</strong>{" "}
        <span class="cors-certainty" data-certainty={reason.certainty}>
          {CARD.cors.certainty[reason.certainty]}
        </span>
      </p>
      <p class="cors-why">{redactText(reason.why, record, redaction)}</p>
      {reason.values.length > 0 && (
        <dl class="cors-values">
          {reason.values.map((v) => [
            <dt key={`${v.from} ${v.header} n`}>
              {v.header} <span class="header-side">{CARD.cors.from[v.from]}</span>
            </dt>,
            <dd key={`${v.from} ${v.header} v`}>{redactText(v.value, record, redaction)}</dd>,
          ])}
        </dl>
      )}
      <p class="cors-more">
        <a href={rule.link.url} target="_blank" rel="noreferrer noopener">
          {rule.link.title}
        </a>
        {rule.chromium.length > 0 && ` · ${CARD.cors.chromiumNames(rule.chromium.join(", "))}`}
      </p>
    </section>
  );
}
