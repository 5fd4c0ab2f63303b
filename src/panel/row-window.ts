/** Which rows of a long list to render: those in view plus some overscan on each side. */
export interface RowWindow {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface RowWindowInput {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  total: number;
  overscan: number;
}

export function rowWindow({
  scrollTop,
  viewportHeight,
  rowHeight,
  total,
  overscan,
}: RowWindowInput): RowWindow {
  if (total <= 0 || !(rowHeight > 0)) return { start: 0, end: 0 };
  const top = Number.isFinite(scrollTop) ? Math.max(0, scrollTop) : 0;
  const height = Number.isFinite(viewportHeight) ? Math.max(0, viewportHeight) : 0;
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + height) / rowHeight);
  const start = Math.min(Math.max(0, first - overscan), total);
  const end = Math.min(total, Math.max(start, last + overscan));
  return { start, end };
}

/** The scrollTop that brings row `index` into view, moving as little as possible. */
export function scrollTopToShow(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number {
  const rowTop = index * rowHeight;
  if (rowTop < scrollTop) return rowTop;
  const rowBottom = rowTop + rowHeight;
  return rowBottom > scrollTop + viewportHeight ? rowBottom - viewportHeight : scrollTop;
}
