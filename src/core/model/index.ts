export * from "./bucket";
export * from "./failure-kind";
export * from "./hint";
export * from "./preflight";
export * from "./request-record";
export * from "./shown-text";
export * from "./status-label";
export * from "./zero-counts";
