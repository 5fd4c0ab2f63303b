import { useStore } from "../state/store-context";
import { RequestRow } from "./request-row";

const COLUMNS = [
  ["col-status", "Status"],
  ["col-method", "Method"],
  ["col-name", "Name"],
  ["col-type", "Type"],
  ["col-class", "Class"],
] as const;

/** The request grid. Arrow keys, Home/End move the selection (and the card with it); Escape closes the card. */
export function RequestList() {
  const store = useStore();
  const rows = store.visible.value;
  const selectedId = store.selectedId.value;

  const move = (to: (index: number) => number) => {
    if (rows.length === 0) return;
    const index = rows.findIndex((r) => r.id === selectedId);
    const next = rows[Math.max(0, Math.min(rows.length - 1, to(index)))];
    if (!next) return;
    store.select(next.id);
    document.getElementById(`row-${next.id}`)?.scrollIntoView({ block: "nearest" });
  };

  const keys: Record<string, () => void> = {
    ArrowDown: () => move((i) => i + 1),
    ArrowUp: () => move((i) => (i < 0 ? rows.length - 1 : i - 1)),
    Home: () => move(() => 0),
    End: () => move(() => rows.length - 1),
    Escape: () => store.select(null),
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  if (store.total.value === 0) {
    return (
      <div class="empty" role="status">
        Waiting for requests… Reload the inspected page to capture its traffic, or import a HAR file.
      </div>
    );
  }
  return (
    <div
      class="request-list"
      role="grid"
      aria-label="Requests"
      aria-rowcount={rows.length + 1}
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-activedescendant={selectedId ? `row-${selectedId}` : undefined}
    >
      <div class="grid-head" role="row">
        {COLUMNS.map(([name, title]) => (
          <div key={name} class={`cell ${name}`} role="columnheader">
            {title}
          </div>
        ))}
      </div>
      {rows.map((record) => (
        <RequestRow
          key={record.id}
          record={record}
          selected={record.id === selectedId}
          onSelect={(id) => store.select(id === selectedId ? null : id)}
        />
      ))}
      {rows.length === 0 && (
        <div class="empty" role="status">
          No request matches this filter.
        </div>
      )}
    </div>
  );
}
