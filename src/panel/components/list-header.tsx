import type { Ref } from "preact";
import { useRef } from "preact/hooks";
import { nextRowOrder } from "../../core/requests";
import {
  COLUMN_WIDTHS,
  type ListColumn,
  MAX_COLUMN_WIDTH,
  SIZED_COLUMNS,
  type SizedColumn,
} from "../state/list-layout";
import { useStore } from "../state/store-context";
import { UI } from "../strings";
import { COLUMN_SPECS } from "./list-columns";

const isSized = (column: ListColumn): column is SizedColumn =>
  (SIZED_COLUMNS as readonly string[]).includes(column);
/** px per arrow key on a resize handle; Shift moves four times as far. */
const KEY_STEP = 8;

/**
 * The header row: a click on a title sorts (ascending, descending, back to start-time order), a column's right
 * edge resizes it by pointer or arrow keys, and a right-click (or Shift+F10) opens the columns menu.
 */
export function ListHeader({
  columns,
  headRef,
}: {
  columns: readonly ListColumn[];
  headRef: Ref<HTMLDivElement>;
}) {
  const store = useStore();
  const order = store.order.value;
  const openMenu = (event: MouseEvent) => {
    event.preventDefault();
    // The grid's own menu is for rows.
    event.stopPropagation();
    const box = (event.target as Element).getBoundingClientRect();
    // From the keyboard the event has no pointer position: open under the focused header.
    const fromKeyboard = event.clientX === 0 && event.clientY === 0;
    store.openColumnsMenu(
      fromKeyboard ? { x: box.left, y: box.bottom } : { x: event.clientX, y: event.clientY },
    );
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: the list is an ARIA grid of divs (rows render in a window).
    // biome-ignore lint/a11y/useFocusableInteractive: the grid holds focus; its header's buttons are focusable.
    <div class="grid-head" role="row" ref={headRef} onContextMenu={openMenu} title={UI.list.columnsMenuHint}>
      {columns.map((column) => {
        const { title, sort } = COLUMN_SPECS[column];
        const sorted = sort !== undefined && order?.column === sort ? order.direction : undefined;
        return (
          // biome-ignore lint/a11y/useSemanticElements: an ARIA grid's header cell; the sort button inside is focusable.
          // biome-ignore lint/a11y/useFocusableInteractive: as above.
          <div key={column} class={`cell col-${column}`} role="columnheader" aria-sort={sorted}>
            {sort === undefined ? (
              <span class="visually-hidden">{title}</span>
            ) : (
              <button
                type="button"
                class="sort-button"
                title={UI.list.sortBy(title)}
                onClick={() => store.sortBy(nextRowOrder(order, sort))}
              >
                {title}
              </button>
            )}
            {isSized(column) && <ResizeHandle column={column} title={title} />}
          </div>
        );
      })}
    </div>
  );
}

function ResizeHandle({ column, title }: { column: SizedColumn; title: string }) {
  const store = useStore();
  const width = store.layout.value.widths[column];
  const drag = useRef<{ pointer: number; x: number; width: number } | null>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const direction = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (direction === 0) return;
    event.preventDefault();
    event.stopPropagation();
    store.resizeColumn(column, width + direction * KEY_STEP * (event.shiftKey ? 4 : 1));
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable splitter (role separator with a value) has no element.
    <span
      class="col-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={UI.list.resize(title)}
      aria-valuenow={width}
      aria-valuemin={COLUMN_WIDTHS[column].min}
      aria-valuemax={MAX_COLUMN_WIDTH}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onClick={(event) => event.stopPropagation()}
      onPointerDown={(event) => {
        event.preventDefault();
        event.stopPropagation();
        const handle = event.currentTarget as HTMLElement;
        // Starts from the width shown, which a narrow panel may have made less than the width asked for.
        const shown = handle.parentElement?.getBoundingClientRect().width || width;
        drag.current = { pointer: event.pointerId, x: event.clientX, width: shown };
        handle.setPointerCapture?.(event.pointerId);
      }}
      onPointerMove={(event) => {
        const start = drag.current;
        if (start?.pointer === event.pointerId)
          store.resizeColumn(column, start.width + event.clientX - start.x);
      }}
      onPointerUp={() => {
        drag.current = null;
      }}
      onPointerCancel={() => {
        drag.current = null;
      }}
    />
  );
}
