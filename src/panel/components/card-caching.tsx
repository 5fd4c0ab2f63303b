import { type Cacheability, cacheStateAt } from "../../core/caching";
import { useStore } from "../state/store-context";
import { CACHING } from "../strings/caching";
import { useClock } from "./use-clock";

// Up to this many reasons are shown at once; more are folded under "Why (n reasons)".
const OPEN_REASONS = 3;

/** Whether and how long this response is cached, and why: core's verdict line, then its reasons with their headers. */
export function CardCaching({ caching }: { caching: Cacheability }) {
  const store = useStore();
  const now = useClock(store.clock, caching.staleAt !== undefined);
  const state = cacheStateAt(caching, now);
  const { findings } = caching;
  return (
    <section class="card-section card-caching" aria-label={CACHING.title}>
      <h3>{CACHING.title}</h3>
      <p class="caching-verdict">{caching.summary}</p>
      {state && <p class="caching-state">{state}</p>}
      {findings.length > 0 && (
        <details open={findings.length <= OPEN_REASONS}>
          <summary>{CACHING.reasons(findings.length)}</summary>
          <ul>
            {findings.map((finding) => (
              <li key={`${finding.topic} ${finding.text}`} data-severity={finding.severity}>
                {finding.text}
                {finding.from.length > 0 && (
                  <span class="caching-from">
                    {CACHING.from}{" "}
                    {finding.from.map((field) => (
                      <code key={field.name}>{`${field.name}: ${field.value}`}</code>
                    ))}
                  </span>
                )}
                {finding.change && (
                  <span class="caching-change">
                    {CACHING.change} {finding.change}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
