import type { StatusCard } from "./status-card";

export const STATUS_5XX = [] satisfies StatusCard[];
