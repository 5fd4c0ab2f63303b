export * from "./cors-reason";
