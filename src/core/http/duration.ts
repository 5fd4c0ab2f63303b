/**
 * A duration as the Network panel's Time column writes it: "0 ms", "120 ms", "1.20 s", "2.5 min", "1.2 hrs"
 * (DevTools' TimeUtilities.millisToString).
 */
export function formatDuration(ms: number): string {
  if (ms < 999.5) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 59.995) return `${seconds.toFixed(2)} s`;
  const minutes = seconds / 60;
  if (minutes < 59.95) return `${minutes.toFixed(1)} min`;
  const hours = minutes / 60;
  if (hours < 23.95) return `${hours.toFixed(1)} hrs`;
  return `${(hours / 24).toFixed(1)} days`;
}
