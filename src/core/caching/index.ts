export * from "./cache-control";
export * from "./cache-finding";
export * from "./cache-state";
export * from "./explain-cacheability";
export * from "./freshness";
export * from "./span-text";
