import { useEffect, useState } from "preact/hooks";
import type { RequestRecord } from "../../core/model";
import { useStore } from "../state/store-context";

// Error bodies are where APIs explain themselves (RFC 9457 problem details, validation lists).
const worthReading = (record: RequestRecord) =>
  (record.status || record.withheldStatus || 0) >= 400 && /json|problem|text/i.test(record.responseMimeType);

/** The response body for the card: a HAR file's own copy, or fetched from DevTools on demand for live traffic. */
export function useResponseBody(record: RequestRecord): string | undefined {
  const store = useStore();
  const [fetched, setFetched] = useState<{ id: string; body: string } | undefined>(undefined);
  useEffect(() => {
    const getter = store.contentOf(record.id);
    if (record.responseBody || !getter || !worthReading(record)) return;
    let current = true;
    // Base64 bytes are not an error body anyone can read.
    getter().then((body) => current && typeof body === "string" && setFetched({ id: record.id, body }));
    return () => {
      current = false;
    };
  }, [record, store]);
  return record.responseBody?.text ?? (fetched?.id === record.id ? fetched.body : undefined);
}
