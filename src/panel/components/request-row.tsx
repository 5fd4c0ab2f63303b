import { statusLabel } from "../../core/status-label";
import type { RequestRecord } from "../../core/request-record";

interface Props {
  record: RequestRecord;
  selected: boolean;
  onSelect: (id: string) => void;
}

const BUCKET_TEXT: Record<RequestRecord["bucket"], string> = {
  "1xx": "1xx",
  "2xx": "2xx",
  "3xx": "3xx",
  "4xx": "4xx",
  "5xx": "5xx",
  failed: "Failed",
  nonstandard: "Non-std",
};

export function RequestRow({ record, selected, onSelect }: Props) {
  const label = statusLabel(record);
  const name = record.path || record.url;
  return (
    <tr
      id={`row-${record.id}`}
      class="request-row"
      data-bucket={record.bucket}
      aria-selected={selected}
      onClick={() => onSelect(record.id)}
    >
      <td class="col-status">
        <span class="status-code">{label.code}</span>{" "}
        <span class="status-text" title={label.source === "reference" ? "Name from the reference: the server sent no reason phrase" : undefined}>
          {label.text}
        </span>
      </td>
      <td class="col-method">{record.method}</td>
      <td class="col-name" title={record.url}>
        <span class="path">{name}</span> <span class="host">{record.host}</span>
      </td>
      <td class="col-type">{record.resourceType}</td>
      <td class="col-class">
        <span class="bucket-tag" data-bucket={record.bucket}>
          {BUCKET_TEXT[record.bucket]}
        </span>
      </td>
    </tr>
  );
}
