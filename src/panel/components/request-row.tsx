import type { RequestRecord } from "../../core/model";
import type { ListColumn } from "../state/list-layout";
import { COLUMN_SPECS } from "./list-columns";
import { useShownRecord } from "./use-shown-record";

interface Props {
  record: RequestRecord;
  /** The columns shown, left to right. */
  columns: readonly ListColumn[];
  /** 1-based position among all rows, the header being row 1 (aria-rowindex). */
  rowIndex: number;
  selected: boolean;
  onSelect: (id: string) => void;
}

export function RequestRow({ record, columns, rowIndex, selected, onSelect }: Props) {
  // A request still waiting for its headers has no class yet: it counts in no chip, and says so here.
  const bucket = record.pending ? "pending" : record.bucket;
  // The Name cell and its tooltip show the URL: secrets in it are hidden unless revealed.
  const shown = useShownRecord(record);
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
      {columns.map((column) => {
        const { Cell, tooltip } = COLUMN_SPECS[column];
        return (
          <div key={column} role="gridcell" class={`cell col-${column}`} title={tooltip?.(shown)}>
            <Cell record={shown} />
          </div>
        );
      })}
    </div>
  );
}
