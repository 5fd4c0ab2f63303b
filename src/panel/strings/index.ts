import { CACHING } from "./caching";
import { CARD } from "./card";
import { DETAILS } from "./details";
import { EXPORT_AND_LOOKUP } from "./export-and-lookup";
import { FILTER } from "./filter";
import { LIST } from "./list";
import { SHARE } from "./share";
import { SUMMARY } from "./summary";
import { TOOLBAR_AND_KEYS } from "./toolbar-and-keys";
import { VIEWS } from "./views";

/**
 * Every user-visible string of the panel, by area: the one import path for components and state, and the one
 * object a translation replaces. Strings with values in them are functions.
 */
export const UI = {
  caching: CACHING,
  card: CARD,
  details: DETAILS,
  exportAndLookup: EXPORT_AND_LOOKUP,
  filter: FILTER,
  list: LIST,
  share: SHARE,
  summary: SUMMARY,
  toolbar: TOOLBAR_AND_KEYS,
  views: VIEWS,
} as const;
