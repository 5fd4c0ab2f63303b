import type { PreflightSide } from "../../core/hints";
import { statusLabel, statusLine } from "../../core/model";
import { useStore } from "../state/store-context";
import { CARD } from "../strings/card";

/** The other half of a CORS preflight pair: the preflight of this request, or the request this preflight was for. */
export function CardPreflight({ side }: { side: PreflightSide }) {
  const store = useStore();
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
          <span class="chain-url">{other.url}</span>
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
