import { bodyTextOf, formParamsOf, parseUrl } from "../../core/http";
import type { RequestRecord } from "../../core/model";
import { UI } from "../strings";
import { DetailsBody } from "./details-body";
import { DetailsPairs } from "./details-headers";

const isForm = (mimeType: string) => /^application\/x-www-form-urlencoded\b/i.test(mimeType.trim());

function RequestPayload({ body, size }: { body: NonNullable<RequestRecord["requestBody"]>; size: number }) {
  const D = UI.details;
  if (isForm(body.mimeType)) return <DetailsPairs title={D.formData} pairs={formParamsOf(body.text)} />;
  const shown = bodyTextOf(body);
  return (
    <section class="details-section" aria-label={D.requestPayload}>
      <h3>{D.requestPayload}</h3>
      {shown.kind === "binary" ? (
        <p class="details-none">{D.binaryBody(body.mimeType, size)}</p>
      ) : (
        <DetailsBody text={shown.text} />
      )}
    </section>
  );
}

/** The Payload tab: the query string's parameters and the body the request sent. */
export function DetailsPayload({ record }: { record: RequestRecord }) {
  const D = UI.details;
  const search = parseUrl(record.url)?.search ?? "";
  const query = search ? formParamsOf(search.slice(1)) : [];
  if (query.length === 0 && !record.requestBody) return <p class="details-none">{D.noPayload}</p>;
  return (
    <>
      {query.length > 0 && <DetailsPairs title={D.queryString} pairs={query} />}
      {record.requestBody && <RequestPayload body={record.requestBody} size={record.requestBodySize} />}
    </>
  );
}
