import { useEffect } from "preact/hooks";
import { useStore } from "../state/store-context";
import { LOG_READ_TITLE } from "../state/view-texts";

/** "log read 3 s ago", moving on every second while shown. */
export function LogReadAge() {
  const store = useStore();
  const { live } = store;
  useEffect(() => {
    const timer = setInterval(live.tick, 1000);
    return () => clearInterval(timer);
  }, [live]);
  return (
    <span class="log-read" title={LOG_READ_TITLE}>
      {live.logRead.value}
    </span>
  );
}
