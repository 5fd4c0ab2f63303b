export * from "./entry-of-record";
export * from "./har-log";
export * from "./har-writer";
export * from "./match-entries";
export * from "./redact-entry";
