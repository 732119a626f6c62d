export * from "./api-keys";
export * from "./cluster-runs";
export * from "./customers";
export * from "./feedback";
export * from "./pain-point-centroids";
export * from "./pain-point-lineage";
export * from "./pain-points";
