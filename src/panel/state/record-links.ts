import { computed, type ReadonlySignal } from "@preact/signals";
import type { RequestRecord } from "../../core/model";
import { inspectedPageOriginOf, linkPreflights, linkRedirects, summarize } from "../../core/requests";
import { sideParts } from "../side-parts-loader";

/**
 * What the card needs from every record of a view: redirect chains, preflight pairs and the page's origin (from the last
 * navigation, else the newest document); and the session summary's counts, top failing endpoints and problem groups.
 * Computed signals are lazy: while no card or summary is open, no batch pays for them.
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
      return inspectedPageOriginOf(records(), pageUrl.value);
    }),
    summary: computed(() => {
      version.value;
      // The CLI's limit, so both list the same endpoints.
      return summarize(records());
    }),
    // Grouping reads CORS rules from the side parts; the summary that lists the groups opens after they load.
    problemGroups: computed(() => {
      version.value;
      return sideParts()?.groupProblems(records()) ?? [];
    }),
  };
}
