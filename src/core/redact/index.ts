export * from "./redact-body";
export * from "./redact-headers";
export * from "./redact-options";
export * from "./redact-record";
export * from "./redact-text";
export * from "./redact-url";
export * from "./secret-names";
