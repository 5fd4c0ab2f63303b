import type { StatusCard } from "./status-card";

export const STATUS_3XX = [] satisfies StatusCard[];
