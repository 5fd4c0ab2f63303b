import type { PreflightSide } from "../../core/hints";
import { statusLabel, statusLine } from "../../core/model";
import { redactUrl } from "../../core/redact";
import { useStore } from "../state/store-context";
import { CARD } from "../strings/card";
import { useRedaction } from "./use-shown-record";

/** The other half of a CORS preflight pair: the preflight of this request, or the request this preflight was for. */
export function CardPreflight({ side }: { side: PreflightSide }) {
  const store = useStore();
  const redaction = useRedaction();
  const { other } = side;
  const title = side.role === "request" ? CARD.preflightOfRequest : CARD.requestOfPreflight;
  return (
    <section class="card-section card-preflight">
      <h3>{title}</h3>
      {other ? (
        <p>
          <button type="button" class="link-button" onClick={() => store.select(other.id)}>
            {statusLine(statusLabel(other))} {other.method}
          </button>{" "}
          <span class="chain-url">{redactUrl(other.url, redaction)}</span>
        </p>
      ) : (
        <p>{CARD.requestNotInLog}</p>
      )}
      <p class={side.refused ? "preflight-verdict refused" : "preflight-verdict"}>
        {side.refused ? CARD.preflightRefused : CARD.preflightAllowed}
      </p>
    </section>
  );
}
