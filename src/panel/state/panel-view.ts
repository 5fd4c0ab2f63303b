import type { ReadonlySignal } from "@preact/signals";
import type { ContentGetter } from "../../core/capture";
import type { Bucket, FailureKind, Problem, RequestRecord } from "../../core/model";
import type { PreflightLink, ProblemGroup, RedirectChain, Summary, VisibleRows } from "../../core/requests";

/**
 * The rows a view shows. `rows` is the same object from change to change (never copied); the wrapper is new each
 * time, so whatever reads it renders again.
 */
export interface RowsView {
  readonly rows: VisibleRows;
  /** Counts the wrapper's versions: equal numbers, same rows. */
  readonly version: number;
}

/** What the panel shows of one source of requests: the live capture, or an imported file. */
export interface PanelView {
  readonly kind: "live" | "file";
  /** "Live", or the file's name. */
  readonly name: string;
  readonly rows: ReadonlySignal<RowsView>;
  /** Bumped once per change of the view's records, so what depends on get() follows them. */
  readonly version: ReadonlySignal<number>;
  /** Per class; pending requests count in none. */
  readonly counts: ReadonlySignal<Readonly<Record<Bucket, number>>>;
  /** Failed requests per kind; pending requests count in none. */
  readonly failureCounts: ReadonlySignal<Readonly<Record<FailureKind, number>>>;
  readonly total: ReadonlySignal<number>;
  readonly pending: ReadonlySignal<number>;
  /** Entries that could not be read. */
  readonly problems: ReadonlySignal<readonly Problem[]>;
  /** Redirect chains by record id; worked out only while something (the card) reads them. */
  readonly chains: ReadonlySignal<ReadonlyMap<string, RedirectChain>>;
  /** CORS preflights and their requests by record id; worked out only when read. */
  readonly preflights: ReadonlySignal<ReadonlyMap<string, PreflightLink>>;
  /** The inspected page's origin, for CORS and mixed-content hints; also worked out only when read. */
  readonly pageOrigin: ReadonlySignal<string | undefined>;
  /** Every record of the view, in arrival order (HAR export's "all"). */
  records(): readonly RequestRecord[];
  /** Counts and top failing endpoints over every record of the view, as `status-lens har` prints them; lazy. */
  readonly summary: ReadonlySignal<Summary>;
  /** Failing requests grouped by a shared cause; lazy. */
  readonly problemGroups: ReadonlySignal<readonly ProblemGroup[]>;
  get(id: string): RequestRecord | undefined;
  contentOf(id: string): ContentGetter | undefined;
  dismissProblems(): void;
}
