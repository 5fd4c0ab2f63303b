import { useEffect, useRef } from "preact/hooks";
import { ALWAYS_SHOWN, LIST_COLUMNS } from "../state/list-layout";
import { useStore } from "../state/store-context";
import { UI } from "../strings";
import { COLUMN_SPECS } from "./list-columns";

const ITEMS = '[role="menuitemcheckbox"], [role="menuitem"]';

/** The header's right-click menu: a checkbox per column (Status and Name always shown), and a reset. */
export function ColumnsMenu() {
  const store = useStore();
  const at = store.columnsMenu.value;
  const menuRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (at) menuRef.current?.querySelector<HTMLElement>(ITEMS)?.focus();
  }, [at]);
  if (!at) return null;
  const hidden = store.layout.value.hidden;
  const close = () => {
    store.closeColumnsMenu();
    document.querySelector<HTMLElement>('[role="grid"]')?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Esc never gets here: panel-keys.ts takes it on window first and closes the menu (escapeStepOf).
    if (event.key === "Tab") {
      event.preventDefault();
      close();
      return;
    }
    const step = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    items.at((index + step) % items.length)?.focus();
  };
  return (
    <>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a click beside the menu closes it; Esc and Tab do too. */}
      <div
        class="columns-menu-backdrop"
        onMouseDown={close}
        onContextMenu={(event) => {
          event.preventDefault();
          close();
        }}
      />
      <div
        class="columns-menu"
        role="menu"
        aria-label={UI.list.columnsMenu}
        ref={menuRef}
        style={{ left: `${at.x}px`, top: `${at.y}px` }}
        onKeyDown={onKeyDown}
      >
        {LIST_COLUMNS.map((column) => {
          const always = ALWAYS_SHOWN.includes(column);
          const title = COLUMN_SPECS[column].title;
          return (
            <button
              key={column}
              type="button"
              role="menuitemcheckbox"
              aria-checked={!hidden.includes(column)}
              aria-disabled={always || undefined}
              title={always ? UI.list.alwaysShown(title) : undefined}
              tabIndex={-1}
              onClick={() => {
                if (!always) store.toggleColumn(column);
              }}
            >
              {title}
            </button>
          );
        })}
        <hr />
        <button
          type="button"
          role="menuitem"
          tabIndex={-1}
          onClick={() => {
            store.resetLayout();
            close();
          }}
        >
          {UI.list.resetColumns}
        </button>
      </div>
    </>
  );
}
