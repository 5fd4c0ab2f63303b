import type { StatusCard } from "./status-card";

export const STATUS_4XX = [] satisfies StatusCard[];
