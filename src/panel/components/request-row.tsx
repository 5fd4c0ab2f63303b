import type { RequestRecord } from "../../core/model";
import { BUCKET_LABELS, statusLabel } from "../../core/model";

interface Props {
  record: RequestRecord;
  /** 1-based position among all rows, the header being row 1 (aria-rowindex). */
  rowIndex: number;
  selected: boolean;
  onSelect: (id: string) => void;
}

export function RequestRow({ record, rowIndex, selected, onSelect }: Props) {
  const label = statusLabel(record);
  const name = record.path || record.url;
  // A request still waiting for its headers has no class yet: it counts in no chip, and says so here.
  const bucket = record.pending ? "pending" : record.bucket;
  return (
    <div
      id={`row-${record.id}`}
      class={rowIndex % 2 ? "request-row striped" : "request-row"}
      role="row"
      aria-rowindex={rowIndex}
      data-bucket={bucket}
      aria-selected={selected}
      onClick={() => onSelect(record.id)}
    >
      <div role="gridcell" class="cell col-status">
        <span class="status-code">{label.code}</span>{" "}
        <span
          class="status-text"
          title={
            label.source === "reference"
              ? "Name from the reference: the server sent no reason phrase"
              : undefined
          }
        >
          {label.text}
        </span>
      </div>
      <div role="gridcell" class="cell col-method">
        {record.method}
      </div>
      <div role="gridcell" class="cell col-name" title={record.url}>
        <span class="path">{name}</span> <span class="host">{record.host}</span>
      </div>
      <div role="gridcell" class="cell col-type">
        {record.resourceType}
      </div>
      <div role="gridcell" class="cell col-class">
        <span class="bucket-tag" data-bucket={bucket}>
          {record.pending ? "Pending" : BUCKET_LABELS[record.bucket]}
        </span>
      </div>
    </div>
  );
}
