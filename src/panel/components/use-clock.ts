import { useEffect, useState } from "preact/hooks";

/** The store's clock, read again every second while `ticking`, so a wait shown on the card counts down. */
export function useClock(clock: () => number, ticking: boolean): Date {
  const [time, setTime] = useState(clock);
  useEffect(() => {
    if (!ticking) return;
    setTime(clock());
    const timer = setInterval(() => setTime(clock()), 1000);
    return () => clearInterval(timer);
  }, [clock, ticking]);
  return new Date(time);
}
