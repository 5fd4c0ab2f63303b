import type { TargetSession } from "../../../scripts/browser/target-session.js";

/**
 * Runs `check` with DevTools' window narrowed to `width` px, as a side dock would narrow the panel, then restores
 * it. DevTools is a window of its own here, so emulating its viewport narrows the panel inside it.
 */
export async function withNarrowDevtools<T>(
  devtools: TargetSession,
  width: number,
  check: () => Promise<T>,
): Promise<T> {
  await devtools.send("Emulation.setDeviceMetricsOverride", {
    width,
    height: 720,
    deviceScaleFactor: 1,
    mobile: false,
  });
  try {
    return await check();
  } finally {
    await devtools.send("Emulation.clearDeviceMetricsOverride");
  }
}
