export * from "./navigation";
export * from "./page-origin";
export * from "./path-pattern";
export * from "./redirect-chain";
export * from "./request-store";
export * from "./start-order";
export * from "./summary";
export * from "./visible-rows";
