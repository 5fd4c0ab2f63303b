// What the bench groups run of core (and the panel's filter state, whose predicate the list runs), bundled by
// build-core.js into bench/.build/core.js for node.
export * as filter from "../../src/core/filter";
export * as har from "../../src/core/har";
export * as hints from "../../src/core/hints";
export * as model from "../../src/core/model";
export * as requests from "../../src/core/requests";
export * as panelFilter from "../../src/panel/state/filter-state";
