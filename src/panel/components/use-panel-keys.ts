import { useEffect } from "preact/hooks";
import { escapeStepOf, listenToPanelKeys } from "../panel-keys";
import { useStore } from "../state/store-context";

const FILTER_INPUT_ID = "filter-input";

const filterInput = () => document.getElementById(FILTER_INPUT_ID) as HTMLInputElement | null;

/** The panel's own keys (panel-keys.ts), taken before DevTools sees them, for as long as the panel is mounted. */
export function usePanelKeys() {
  const store = useStore();
  useEffect(() => {
    const lifetime = new AbortController();
    listenToPanelKeys(
      window,
      {
        escape: (event) => {
          const step = escapeStepOf({
            menuOpen: store.rowMenu.value !== null || store.columnsMenu.value !== null,
            typingInFilter: event.target === filterInput() && store.query.value !== "",
            cardOpen: store.selectedId.value !== null,
          });
          if (step === "closeMenu") {
            store.closeRowMenu();
            store.closeColumnsMenu();
            // Back to where the menu was opened from, as a native menu does; both are the grid's.
            document.querySelector<HTMLElement>('[role="grid"]')?.focus();
          } else if (step === "closeCard") store.select(null);
          else {
            // A problem's rows are part of the filter: Esc shows every row again.
            store.query.value = "";
            store.clearFocus();
          }
        },
        focusFilter: () => {
          filterInput()?.focus();
          filterInput()?.select();
        },
        clear: () => store.clear(),
      },
      lifetime.signal,
    );
    return () => lifetime.abort();
  }, [store]);
}
