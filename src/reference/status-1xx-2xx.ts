import type { StatusCard } from "./status-card";

export const STATUS_1XX_2XX = [] satisfies StatusCard[];
