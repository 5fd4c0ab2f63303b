import type { RequestRecord } from "../../core/model";
import { TIMING_PHASES } from "../../core/model";
import { UI } from "../strings";

/** The Timing tab: when it started (local time), how long it took, and each phase the log measured. */
export function DetailsTiming({ record }: { record: RequestRecord }) {
  const D = UI.details;
  const phases = TIMING_PHASES.flatMap((phase) => {
    const ms = record.timings?.[phase];
    return ms === undefined ? [] : [{ phase, ms }];
  });
  const longest = Math.max(1, ...phases.map((p) => p.ms));
  return (
    <>
      <dl class="details-pairs">
        <dt>{D.started}</dt>
        <dd>{D.startedAt(record.startedDateTime)}</dd>
        <dt>{D.total}</dt>
        <dd>{record.timeMs >= 0 ? D.duration(record.timeMs) : D.unknownTime}</dd>
      </dl>
      <section class="details-section" aria-label={D.phases}>
        <h3>{D.phases}</h3>
        {phases.length === 0 ? (
          <p class="details-none">{D.noPhases}</p>
        ) : (
          <table class="details-phases">
            <tbody>
              {phases.map(({ phase, ms }) => (
                <tr key={phase}>
                  <th scope="row">{D.phase[phase]}</th>
                  <td class="phase-bar">
                    <span data-phase={phase} style={{ width: `${(ms / longest) * 100}%` }} />
                  </td>
                  <td class="phase-ms">{D.duration(ms)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
