export * from "./bash-word";
export * from "./curl-of";
export * from "./exchange-markdown";
export * from "./failures-markdown";
export * from "./markdown-text";
