import { useEffect } from "preact/hooks";
import { useStore } from "../state/store-context";
import { UI } from "../strings";

/** "log read 3 s ago", moving on every second while shown. */
export function LogReadAge() {
  const store = useStore();
  const { live } = store;
  useEffect(() => {
    const timer = setInterval(live.tick, 1000);
    return () => clearInterval(timer);
  }, [live]);
  return (
    <span class="log-read" title={UI.views.logReadTitle}>
      {live.logRead.value}
    </span>
  );
}
