import { useEffect, useRef } from "preact/hooks";
import type { RequestRecord } from "../../core/model";
import type { PanelStore } from "../state/panel-store";
import { useStore } from "../state/store-context";
import { UI } from "../strings";
import { copyActionItems } from "./copy-action-items";
import { type ActionItem, devtoolsActionItems } from "./devtools-action-items";

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
