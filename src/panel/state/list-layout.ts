import { computed, signal } from "@preact/signals";
import { type RowOrder, SORT_COLUMNS, SORT_DIRECTIONS } from "../../core/requests";

/** The list's columns, left to right. */
export const LIST_COLUMNS = ["class", "status", "method", "name", "type", "size", "time"] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

/** Always shown: a row is unreadable without its status and its name. */
export const ALWAYS_SHOWN: readonly ListColumn[] = ["status", "name"];

/** Columns the user sizes; Name takes the rest of the width, the class marker is a fixed icon. */
export const SIZED_COLUMNS = ["status", "method", "type", "size", "time"] as const;
export type SizedColumn = (typeof SIZED_COLUMNS)[number];

/** px: the width a column starts at, and the least it shrinks to when the panel is narrow or when dragged. */
export const COLUMN_WIDTHS: Readonly<Record<SizedColumn, { initial: number; min: number }>> = {
  // "(failed) ERR_CONNECTION_REFUSED" fits at DevTools' 12px font.
  status: { initial: 220, min: 90 },
  // "OPTIONS", "eventsource", "(memory cache)" and "(pending)" fit.
  method: { initial: 70, min: 40 },
  type: { initial: 86, min: 40 },
  size: { initial: 96, min: 40 },
  time: { initial: 72, min: 40 },
};
export const MAX_COLUMN_WIDTH = 1200;
export const CLASS_MARKER_WIDTH = 24;
export const NAME_MIN_WIDTH = 100;

export interface ListLayout {
  widths: Readonly<Record<SizedColumn, number>>;
  hidden: readonly ListColumn[];
  order: RowOrder | null;
}

/** Versioned: a later layout gets a new key, and an old value never breaks it. */
export const LIST_LAYOUT_KEY = "statusLens.listLayout.v1";

export const DEFAULT_LAYOUT: ListLayout = {
  widths: Object.fromEntries(SIZED_COLUMNS.map((c) => [c, COLUMN_WIDTHS[c].initial])) as Record<
    SizedColumn,
    number
  >,
  hidden: [],
  order: null,
};

const clampWidth = (column: SizedColumn, width: number) =>
  Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(COLUMN_WIDTHS[column].min, width)));

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  values.includes(value as T);

/**
 * The stored layout, checked field by field: whatever is missing, garbled or from another version falls back to
 * its default, and nothing throws.
 */
export function parseListLayout(text: string | null): ListLayout {
  let stored: unknown;
  try {
    stored = text === null ? undefined : JSON.parse(text);
  } catch {
    return DEFAULT_LAYOUT;
  }
  if (!isObject(stored)) return DEFAULT_LAYOUT;
  const widths = { ...DEFAULT_LAYOUT.widths };
  if (isObject(stored.widths)) {
    for (const column of SIZED_COLUMNS) {
      const width = stored.widths[column];
      if (typeof width === "number" && Number.isFinite(width)) widths[column] = clampWidth(column, width);
    }
  }
  const storedHidden: unknown[] = Array.isArray(stored.hidden) ? stored.hidden : [];
  const hidden = LIST_COLUMNS.filter((c) => !ALWAYS_SHOWN.includes(c) && storedHidden.includes(c));
  const order = stored.order;
  const validOrder =
    isObject(order) && oneOf(SORT_COLUMNS, order.column) && oneOf(SORT_DIRECTIONS, order.direction)
      ? { column: order.column, direction: order.direction }
      : null;
  return { widths, hidden, order: validOrder };
}

/** Where the layout is kept: the panel's localStorage, or nothing (tests, a storage that throws). */
export type LayoutStorage = Pick<Storage, "getItem" | "setItem">;

function readStored(storage: LayoutStorage | undefined): string | null {
  try {
    return storage?.getItem(LIST_LAYOUT_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Column widths, shown columns and sort order of the request list, remembered across sessions. */
export function createListLayoutState(storage?: LayoutStorage) {
  const layout = signal(parseListLayout(readStored(storage)));
  /** Where the header's columns menu is open (px in the page); null when closed. */
  const columnsMenu = signal<{ x: number; y: number } | null>(null);
  const update = (next: ListLayout) => {
    layout.value = next;
    try {
      storage?.setItem(LIST_LAYOUT_KEY, JSON.stringify(next));
    } catch {
      // Storage full or denied: the layout still holds for this session.
    }
  };
  const shownColumns = computed(() => LIST_COLUMNS.filter((c) => !layout.value.hidden.includes(c)));
  return {
    layout,
    order: computed(() => layout.value.order),
    shownColumns,
    /** The grid's grid-template-columns: sized columns shrink to their least on a narrow panel, Name takes the rest. */
    columnTemplate: computed(() =>
      shownColumns.value
        .map((column) =>
          column === "class"
            ? `${CLASS_MARKER_WIDTH}px`
            : column === "name"
              ? `minmax(${NAME_MIN_WIDTH}px, 1fr)`
              : `minmax(${COLUMN_WIDTHS[column].min}px, ${layout.value.widths[column]}px)`,
        )
        .join(" "),
    ),
    columnsMenu,
    openColumnsMenu(at: { x: number; y: number }): void {
      columnsMenu.value = at;
    },
    closeColumnsMenu(): void {
      columnsMenu.value = null;
    },
    resizeColumn(column: SizedColumn, width: number): void {
      const widths = { ...layout.value.widths, [column]: clampWidth(column, width) };
      update({ ...layout.value, widths });
    },
    toggleColumn(column: ListColumn): void {
      if (ALWAYS_SHOWN.includes(column)) return;
      const { hidden } = layout.value;
      const next = hidden.includes(column) ? hidden.filter((c) => c !== column) : [...hidden, column];
      update({ ...layout.value, hidden: LIST_COLUMNS.filter((c) => next.includes(c)) });
    },
    sortBy(order: RowOrder | null): void {
      update({ ...layout.value, order });
    },
    resetLayout(): void {
      update({ ...DEFAULT_LAYOUT, order: layout.value.order });
    },
  };
}
