import { useRef } from "preact/hooks";
import { rowWindow, scrollTopToShow } from "../row-window";
import { useStore } from "../state/store-context";
import { UI } from "../strings";
import { ColumnsMenu } from "./columns-menu";
import { ListHeader } from "./list-header";
import { openRowMenuAt } from "./open-row-menu";
import { RequestRow } from "./request-row";
import { useScrollViewport } from "./use-scroll-viewport";

/** Every row has this height (set in CSS from here), so a long list can render only the rows in view. */
const ROW_HEIGHT = 21;
/** Up to this many rows are all rendered; past it, only those in view and OVERSCAN on each side. */
const RENDER_ALL_UP_TO = 300;
const OVERSCAN = 20;
const NO_MATCH_ID = "no-match";

export function RequestList() {
  const store = useStore();
  if (store.total.value > 0) return <RequestGrid />;
  return (
    <div class="empty" role="status">
      {store.view.value.kind === "live" ? UI.views.emptyLive : UI.views.emptyFile}
    </div>
  );
}

/** The request grid. Arrow keys, Home/End move the selection (and the card with it); Esc is panel-keys.ts's. */
function RequestGrid() {
  const store = useStore();
  const { rows } = store.visible.value;
  const columns = store.shownColumns.value;
  const selectedId = store.selectedId.value;
  const listRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLDivElement>(null);
  // The sticky header covers the top of the list: rows are seen below it.
  const viewport = useScrollViewport(listRef, headRef);
  const rowsHeight = viewport.height;
  const { start, end } =
    rows.length <= RENDER_ALL_UP_TO
      ? { start: 0, end: rows.length }
      : rowWindow({
          scrollTop: viewport.scrollTop,
          viewportHeight: rowsHeight,
          rowHeight: ROW_HEIGHT,
          total: rows.length,
          overscan: OVERSCAN,
        });

  const move = (to: (index: number) => number) => {
    if (rows.length === 0) return;
    const current = selectedId === null ? -1 : rows.indexOf(selectedId);
    const index = Math.max(0, Math.min(rows.length - 1, to(current)));
    const next = rows.at(index);
    const list = listRef.current;
    if (!next || !list) return;
    store.select(next.id);
    list.scrollTop = scrollTopToShow(index, list.scrollTop, rowsHeight, ROW_HEIGHT);
  };

  const keys: Record<string, () => void> = {
    ArrowDown: () => move((i) => i + 1),
    ArrowUp: () => move((i) => (i < 0 ? rows.length - 1 : i - 1)),
    Home: () => move(() => 0),
    End: () => move(() => rows.length - 1),
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <>
      <div
        class="request-list"
        role="grid"
        aria-label={UI.list.grid}
        aria-rowcount={rows.length + 1}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onContextMenu={(event) => openRowMenuAt(event, store)}
        ref={listRef}
        style={{ "--row-height": `${ROW_HEIGHT}px`, "--list-columns": store.columnTemplate.value }}
        aria-activedescendant={selectedId ? `row-${selectedId}` : undefined}
        aria-describedby={rows.length === 0 ? NO_MATCH_ID : undefined}
      >
        <ListHeader columns={columns} headRef={headRef} />
        <div aria-hidden="true" style={{ height: `${start * ROW_HEIGHT}px` }} />
        {rows.slice(start, end).map((record, offset) => (
          <RequestRow
            key={record.id}
            record={record}
            columns={columns}
            rowIndex={start + offset + 2}
            selected={record.id === selectedId}
            onSelect={store.select}
          />
        ))}
        <div aria-hidden="true" style={{ height: `${(rows.length - end) * ROW_HEIGHT}px` }} />
        {/* A grid owns only rows, so no live region here: the summary bar announces the count, this describes the grid. */}
        {rows.length === 0 && (
          <div id={NO_MATCH_ID} class="empty">
            {UI.views.noMatch}
          </div>
        )}
      </div>
      <ColumnsMenu />
    </>
  );
}
