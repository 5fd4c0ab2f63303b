import { configure, within } from "@testing-library/dom";
import { render } from "preact";
import { act } from "preact/test-utils";
import type { RequestRecord } from "../../../src/core/model";
import { PanelApp } from "../../../src/panel/components/panel-app";
import type { PanelStoreOptions } from "../../../src/panel/state/panel-store";
import { StoreContext } from "../../../src/panel/state/store-context";
import { liveStore } from "../support/live-store";

configure({
  // No stylesheet is loaded here, so checking each element's computed visibility proves nothing and costs most of
  // every role query's time; what is hidden by markup (unrendered, aria-hidden spacers without a role) still counts.
  defaultHidden: true,
  // Every event a test fires lands as one Preact update, flushed before the test reads the DOM.
  eventWrapper: (fire) => {
    let result: unknown;
    act(() => {
      result = fire();
    });
    return result;
  },
});

/** Splits records into the batches the live capture hands over (it merges 500 entries per task). */
const BATCH = 500;

/**
 * The real PanelApp over a fake live feed, in a happy-dom page: no build, no DevTools. Query what a user sees
 * through `view` (roles and visible text); feed requests in with `replay`.
 */
export function mountPanel(options: PanelStoreOptions = {}) {
  const { store, feed, clock, detach } = liveStore(options);
  const container = document.createElement("div");
  document.body.append(container);
  act(() => {
    render(
      <StoreContext.Provider value={store}>
        <PanelApp />
      </StoreContext.Provider>,
      container,
    );
  });
  return {
    store,
    feed,
    clock,
    view: within(container),
    /** Hands records to the panel as the live capture would, in batches. */
    replay(records: readonly RequestRecord[]): void {
      for (let at = 0; at < records.length; at += BATCH) {
        act(() => feed.arrive(records.slice(at, at + BATCH)));
      }
    },
    /** Newer copies of requests already listed, as a later look at DevTools' log finds them. */
    answer(records: readonly RequestRecord[]): void {
      act(() => feed.update(records));
    },
    unmount(): void {
      act(() => render(null, container));
      container.remove();
      detach();
    },
  };
}

export type MountedPanel = ReturnType<typeof mountPanel>;
