import type { JSX } from "preact";
import { formatDuration, formatSize } from "../../core/http";
import { BUCKET_LABELS, methodShown, type RequestRecord, statusLabel, statusLine } from "../../core/model";
import type { SortColumn } from "../../core/requests";
import type { ListColumn } from "../state/list-layout";
import { UI } from "../strings";

/** What a column shows: its header's title, the sort its header click picks, and its cell's content. */
export interface ColumnSpec {
  title: string;
  sort?: SortColumn;
  /** The gridcell's tooltip, when the cell may not show all it knows. */
  tooltip?: (record: RequestRecord) => string | undefined;
  Cell: (props: { record: RequestRecord }) => JSX.Element;
}

const classOf = (record: RequestRecord) => (record.pending ? "pending" : record.bucket);

function sizeText(record: RequestRecord): string {
  if (record.pending) return UI.list.pending;
  if (record.fromCache) return record.fromCache === "memory" ? UI.list.memoryCache : UI.list.diskCache;
  if (record.transferSize >= 0) return formatSize(record.transferSize);
  return record.responseBodySize >= 0 ? formatSize(record.responseBodySize) : "";
}

function sizeTooltip(record: RequestRecord): string | undefined {
  if (record.pending) return undefined;
  const resource = record.responseBodySize >= 0 ? formatSize(record.responseBodySize) : UI.list.unknownSize;
  if (record.fromCache) return UI.list.cachedSizeTitle(`${record.fromCache} cache`, resource);
  return record.transferSize >= 0 ? UI.list.sizeTitle(formatSize(record.transferSize), resource) : undefined;
}

function statusTooltip(record: RequestRecord): string {
  const label = statusLabel(record);
  const full = statusLine(label);
  if (label.approximation) return UI.list.statusTitle(full, label.approximation);
  return label.source === "reference" ? UI.list.statusTitle(full, UI.list.referenceName) : full;
}

/** The list's columns by id; their order and which are shown live in the list layout state. */
export const COLUMN_SPECS: Readonly<Record<ListColumn, ColumnSpec>> = {
  class: {
    title: UI.list.columns.class,
    tooltip: (record) => UI.list.classTitles[classOf(record)],
    // The icon is drawn by CSS per bucket (a shape as well as a colour); its text is the chip's label.
    Cell: ({ record }) => (
      <>
        <span class="class-marker" data-bucket={classOf(record)} aria-hidden="true" />
        <span class="visually-hidden">
          {record.pending ? UI.list.pendingClass : BUCKET_LABELS[record.bucket]}
        </span>
      </>
    ),
  },
  status: {
    title: UI.list.columns.status,
    sort: "status",
    tooltip: statusTooltip,
    Cell: ({ record }) => {
      const label = statusLabel(record);
      return (
        <>
          <span class="status-code">{label.code}</span> <span class="status-text">{label.text}</span>
          {label.note && <span class="status-note"> {UI.list.statusNotes[label.note]}</span>}
        </>
      );
    },
  },
  method: {
    title: UI.list.columns.method,
    sort: "method",
    Cell: ({ record }) => <>{methodShown(record.method)}</>,
  },
  name: {
    title: UI.list.columns.name,
    sort: "name",
    tooltip: (record) => record.url,
    Cell: ({ record }) => (
      <>
        <span class="path">{record.path || record.url}</span> <span class="host">{record.host}</span>
      </>
    ),
  },
  type: { title: UI.list.columns.type, sort: "type", Cell: ({ record }) => <>{record.resourceType}</> },
  size: {
    title: UI.list.columns.size,
    sort: "size",
    tooltip: sizeTooltip,
    Cell: ({ record }) => <>{sizeText(record)}</>,
  },
  time: {
    title: UI.list.columns.time,
    sort: "time",
    Cell: ({ record }) => (
      <>{record.pending ? UI.list.pending : record.timeMs >= 0 ? formatDuration(record.timeMs) : ""}</>
    ),
  },
};
