import type { RedirectChain } from "../../core/requests";
import { useStore } from "../state/store-context";

/** The redirect chain this request belongs to; each hop selects its own row. */
export function CardChain({ chain, currentId }: { chain: RedirectChain; currentId: string }) {
  const store = useStore();
  return (
    <section class="card-section card-chain">
      <h3>
        Redirect chain ({chain.redirects} {chain.redirects === 1 ? "redirect" : "redirects"})
      </h3>
      <ol>
        {chain.hops.map((hop) => (
          <li key={hop.id} aria-current={hop.id === currentId ? "step" : undefined}>
            <button type="button" class="link-button" onClick={() => store.select(hop.id)}>
              {hop.status || "failed"} {hop.method}
            </button>{" "}
            <span class="chain-url">{hop.url}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
