import { useEffect, useRef } from "preact/hooks";
import type { RequestRecord } from "../../core/model";
import type { PanelStore } from "../state/panel-store";
import { useStore } from "../state/store-context";
import { UI } from "../strings";
import { copyActionItems } from "./copy-action-items";
import { type ActionItem, devtoolsActionItems } from "./devtools-action-items";

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

/** A row's menu items: the DevTools actions the browser supports, then the copies. */
function rowMenuItems(store: PanelStore, record: RequestRecord): ActionItem[] {
  return [...devtoolsActionItems(record, store.devtoolsActions), ...copyActionItems(store, record)];
}

/** The row menu: the DevTools actions for one request, where the browser supports them, and its copies. */
export function RowContextMenu() {
  const store = useStore();
  const menu = store.rowMenu.value;
  const record = menu ? store.view.value.get(menu.id) : undefined;
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!menu) return;
    listRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    // A press anywhere outside the menu closes it, as a native menu does.
    const onPress = (event: MouseEvent) => {
      if (!(event.target instanceof Node && listRef.current?.contains(event.target))) store.closeRowMenu();
    };
    addEventListener("mousedown", onPress, true);
    return () => removeEventListener("mousedown", onPress, true);
  }, [menu, store]);
  if (!menu || !record) return null;
  const items = rowMenuItems(store, record);
  const close = () => {
    store.closeRowMenu();
    document.querySelector<HTMLElement>('[role="grid"]')?.focus();
  };
  const moveFocus = (event: KeyboardEvent) => {
    const step = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const buttons = [...(listRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    buttons.at((at + step) % buttons.length)?.focus();
  };
  return (
    <div
      class="row-menu"
      role="menu"
      aria-label={UI.toolbar.rowMenu}
      ref={listRef}
      style={{ left: `${menu.x}px`, top: `${menu.y}px` }}
      onKeyDown={moveFocus}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          class="row-menu-item"
          onClick={() => {
            close();
            item.run();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
