export * from "./har-headers";
export * from "./initiator-url";
export * from "./json-fields";
export * from "./normalize-entry";
export * from "./parse-har";
export * from "./record-id";
export * from "./request-method";
export * from "./resource-type";
