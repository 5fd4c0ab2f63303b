import { useEffect, useState } from "preact/hooks";
import type { RequestRecord } from "../../core/model";
import { useStore } from "../state/store-context";

/** Where a response body stands for the Response tab; each state but `held` is said in words. */
export type BodyContent =
  | { state: "loading" }
  | { state: "held"; text: string; mimeType: string; encoding?: "base64" }
  | { state: "empty" }
  | { state: "noResponse" }
  | { state: "withheld" }
  | { state: "gone" }
  | { state: "notHanded" }
  | { state: "notInFile" };

const settled = (record: RequestRecord): BodyContent | undefined => {
  // Firefox writes an empty base64 body on requests that got no response at all.
  if (record.status === 0 && !record.withheldStatus) return { state: "noResponse" };
  const body = record.responseBody;
  // The server answered, but the browser kept the answer from the page (CORS): DevTools keeps no body either.
  if (record.withheldStatus && !body?.text) return { state: "withheld" };
  if (body?.text === "") return { state: record.responseBodySize > 0 ? "notInFile" : "empty" };
  if (body) return { state: "held", ...body };
  if (record.responseBodySize === 0) return { state: "empty" };
  return undefined;
};

/**
 * The response body of the selected request, read only when the Response tab asks: a HAR file's own copy, or
 * DevTools' getContent for live rows. getContent gives "" for a body it no longer holds (after a navigation):
 * a body that had bytes and comes back empty is `gone`, not empty.
 */
export function useBodyContent(record: RequestRecord): BodyContent {
  const store = useStore();
  const known = settled(record);
  const hasGetter = !known && store.contentOf(record.id) !== undefined;
  const [fetched, setFetched] = useState<{ id: string; text: string; encoding?: "base64" } | undefined>(
    undefined,
  );
  useEffect(() => {
    const getter = hasGetter ? store.contentOf(record.id) : undefined;
    if (!getter) return;
    let current = true;
    getter().then(
      (body) =>
        current &&
        setFetched(typeof body === "string" ? { id: record.id, text: body } : { id: record.id, ...body }),
      () => current && setFetched({ id: record.id, text: "" }),
    );
    return () => {
      current = false;
    };
  }, [hasGetter, record.id, store]);
  if (known) return known;
  if (!hasGetter) return { state: store.view.value.kind === "file" ? "notInFile" : "notHanded" };
  if (fetched?.id !== record.id) return { state: "loading" };
  if (fetched.text === "") return { state: record.responseBodySize > 0 ? "gone" : "empty" };
  const { text, encoding } = fetched;
  return { state: "held", text, mimeType: record.responseMimeType, ...(encoding ? { encoding } : {}) };
}
