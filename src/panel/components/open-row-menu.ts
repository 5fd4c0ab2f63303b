import type { PanelStore } from "../state/panel-store";

const ROW_ID_PREFIX = "row-";

/**
 * The grid's onContextMenu: opens the row menu for the row right-clicked, or, from the keyboard (Shift+F10, the
 * Menu key, aimed at the grid itself), for the selected row. A row with nothing to offer keeps the usual menu.
 */
export function openRowMenuAt(event: MouseEvent, store: PanelStore): void {
  // The header has its own menu (columns), opened before this one hears of the event.
  if (event.defaultPrevented) return;
  const target = event.target instanceof Element ? event.target : null;
  const row = target?.closest(`[role="row"][id^="${ROW_ID_PREFIX}"]`);
  const onGrid = target !== null && target === event.currentTarget;
  const id = row ? row.id.slice(ROW_ID_PREFIX.length) : onGrid ? store.selectedId.value : null;
  const record = id === null ? undefined : store.view.value.get(id);
  if (!id || !record) return;
  event.preventDefault();
  const box = !row ? document.getElementById(`${ROW_ID_PREFIX}${id}`)?.getBoundingClientRect() : undefined;
  store.openRowMenu({
    id,
    x: box ? box.left + 24 : event.clientX,
    y: box ? box.bottom : event.clientY,
  });
}
