import { useState } from "preact/hooks";
import type { RequestRecord } from "../../core/model";
import { UI } from "../strings";
import { DetailsHeaders } from "./details-headers";
import { DetailsPayload } from "./details-payload";
import { DetailsResponse } from "./details-response";
import { DetailsTiming } from "./details-timing";
import { useShownRecord } from "./use-shown-record";

const TABS = ["headers", "payload", "response", "timing"] as const;
type DetailsTab = (typeof TABS)[number];

const PANES: Record<DetailsTab, (props: { record: RequestRecord }) => preact.JSX.Element> = {
  headers: DetailsHeaders,
  payload: DetailsPayload,
  response: DetailsResponse,
  timing: DetailsTiming,
};

// ←/→ move along the tabs and wrap, Home/End jump to the ends (WAI-ARIA tabs pattern, automatic activation).
const STEPS: Record<string, (at: number) => number> = {
  ArrowRight: (at) => (at + 1) % TABS.length,
  ArrowLeft: (at) => (at - 1 + TABS.length) % TABS.length,
  Home: () => 0,
  End: () => TABS.length - 1,
};

/** The selected request in full, under its card: the Network panel's Headers, Payload, Response and Timing. */
export function RequestDetails({ record }: { record: RequestRecord }) {
  // Kept across rows, as the Network panel keeps its tab: comparing two responses is one click each.
  const [tab, setTab] = useState<DetailsTab>("headers");
  const Pane = PANES[tab];
  const shown = useShownRecord(record);
  const onKeyDown = (event: KeyboardEvent) => {
    const step = STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const next = TABS[step(TABS.indexOf(tab))] ?? tab;
    setTab(next);
    document.getElementById(`details-tab-${next}`)?.focus();
  };
  return (
    <section class="details" aria-label={UI.details.region}>
      <div class="details-tabs" role="tablist" aria-label={UI.details.region} onKeyDown={onKeyDown}>
        {TABS.map((id) => (
          <button
            key={id}
            id={`details-tab-${id}`}
            type="button"
            role="tab"
            class="details-tab"
            aria-selected={id === tab}
            aria-controls="details-pane"
            tabIndex={id === tab ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {UI.details.tabs[id]}
          </button>
        ))}
      </div>
      {/* Keyed by request and tab: a new one starts scrolled to its top, with long bodies cut again. */}
      <div
        key={`${record.id} ${tab}`}
        id="details-pane"
        class="details-pane"
        role="tabpanel"
        aria-labelledby={`details-tab-${tab}`}
      >
        <Pane record={shown} />
      </div>
    </section>
  );
}
