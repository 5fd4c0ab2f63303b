/**
 * What the panel loads just after its first paint, not before: the card and the request details, the reference
 * lookup and the row menu's copies, with what only they need (the hints, the reference's prose, the share
 * builders). The list and its filter show without any of it.
 */
export { exchangeContext, explainExchange } from "../core/hints";
export { groupProblems } from "../core/requests";
export { searchReference } from "../reference";
export { ExplanationCard } from "./components/explanation-card";
export { ReferenceLookup } from "./components/reference-lookup";
export { RequestDetails } from "./components/request-details";
export { RowContextMenu } from "./components/row-context-menu";
