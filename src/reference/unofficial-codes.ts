import type { StatusCard } from "./status-card";

export const UNOFFICIAL_CODES = [] satisfies StatusCard[];
