import { computed, type ReadonlySignal } from "@preact/signals";
import type { RequestRecord } from "../../core/model";
import { linkPreflights, linkRedirects, pageOriginOf } from "../../core/requests";

/**
 * What the card needs from every record of a view: redirect chains, preflight pairs and the page's origin (from the last
 * navigation, else the newest document). Computed signals are lazy: while no card is open, no batch pays for them.
 */
export function createRecordLinks(
  records: () => readonly RequestRecord[],
  version: ReadonlySignal<number>,
  pageUrl: ReadonlySignal<string | undefined>,
) {
  return {
    chains: computed(() => {
      version.value;
      return linkRedirects(records());
    }),
    preflights: computed(() => {
      version.value;
      return linkPreflights(records());
    }),
    pageOrigin: computed(() => {
      version.value;
      return pageOriginOf(records(), pageUrl.value);
    }),
  };
}
