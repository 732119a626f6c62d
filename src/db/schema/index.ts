export * from "./api-keys";
export * from "./customers";
export * from "./feedback";
export * from "./pain-points";
