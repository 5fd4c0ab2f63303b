export * from "./byte-size";
export * from "./duration";
export * from "./header-list";
export * from "./header-value";
export * from "./http-date";
export * from "./local-time";
export * from "./structured-field";
export * from "./web-url";
