import type { HeaderField, RequestRecord } from "../../core/model";
import { methodShown, statusLabel } from "../../core/model";
import { UI } from "../strings";

/** Name/value pairs in the order they came, each occurrence on its own line; the heading counts them. */
export function DetailsPairs(props: { title: string; pairs: readonly HeaderField[]; counted?: boolean }) {
  const { title, pairs, counted = true } = props;
  return (
    <section class="details-section" aria-label={title}>
      <h3>{counted ? UI.details.headerCount(title, pairs.length) : title}</h3>
      {pairs.length === 0 ? (
        <p class="details-none">{UI.details.noHeaders}</p>
      ) : (
        <dl class="details-pairs">
          {pairs.map((pair, i) => [<dt key={`n${i}`}>{pair.name}</dt>, <dd key={`v${i}`}>{pair.value}</dd>])}
        </dl>
      )}
    </section>
  );
}

/** The Headers tab: the request line and what each side sent, response and request headers apart. */
export function DetailsHeaders({ record }: { record: RequestRecord }) {
  const D = UI.details;
  const label = statusLabel(record);
  const requestLine = `${methodShown(record.method)} ${record.path || record.url}${record.httpVersion ? ` ${record.httpVersion}` : ""}`;
  const general: HeaderField[] = [
    { name: D.requestLine, value: requestLine },
    { name: D.url, value: record.url },
    { name: D.method, value: methodShown(record.method) },
    { name: D.status, value: `${label.code} ${label.text}`.trim() },
    ...(record.serverIPAddress ? [{ name: D.remoteAddress, value: record.serverIPAddress }] : []),
  ];
  return (
    <>
      <DetailsPairs title={D.general} pairs={general} counted={false} />
      <DetailsPairs title={D.responseHeaders} pairs={record.responseHeaders} />
      <DetailsPairs title={D.requestHeaders} pairs={record.requestHeaders} />
    </>
  );
}
