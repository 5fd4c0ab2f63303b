import { redactUrl } from "../../core/redact";
import type { RedirectChain } from "../../core/requests";
import { useStore } from "../state/store-context";
import { CARD } from "../strings/card";
import { useRedaction } from "./use-shown-record";

/** The redirect chain this request belongs to; each hop selects its own row. */
export function CardChain({ chain, currentId }: { chain: RedirectChain; currentId: string }) {
  const store = useStore();
  const redaction = useRedaction();
  return (
    <section class="card-section card-chain">
      <h3>{CARD.chainTitle(chain.redirects)}</h3>
      <ol>
        {chain.hops.map((hop) => (
          <li key={hop.id} aria-current={hop.id === currentId ? "step" : undefined}>
            <button type="button" class="link-button" onClick={() => store.select(hop.id)}>
              {hop.status || CARD.failedHop} {hop.method}
            </button>{" "}
            <span class="chain-url">{redactUrl(hop.url, redaction)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
