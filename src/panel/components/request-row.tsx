import { Component } from "preact";
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
  /** Selects a row (null: none); a click on the selected row closes its card. */
  onSelect: (id: string | null) => void;
}

/**
 * A row renders again only when one of its props changed: a live change re-renders the grid, and the rows already
 * in view, nearly all of them, stay as they are. (The row still follows Show secrets by its own signal.)
 */
export class RequestRow extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    const now = this.props;
    return (
      next.record !== now.record ||
      next.columns !== now.columns ||
      next.rowIndex !== now.rowIndex ||
      next.selected !== now.selected ||
      next.onSelect !== now.onSelect
    );
  }

  override render(props: Props) {
    return <RowCells {...props} />;
  }
}

function RowCells({ record, columns, rowIndex, selected, onSelect }: Props) {
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
      onClick={() => onSelect(selected ? null : record.id)}
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
