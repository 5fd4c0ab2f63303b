import { useStore } from "../state/store-context";
import { UI } from "../strings";

/** What is shown, when it is not simply the live list: the file view's source, or live recording paused or dropping. */
export function ViewBanner() {
  const store = useStore();
  const kind = store.view.value.kind;
  // The file view always has its banner; the live notices show only over the live list they are about.
  const messages =
    kind === "file"
      ? [store.fileBanner.value]
      : [store.live.recording.value ? null : UI.toolbar.pausedNotice, store.live.droppedNotice.value];
  const shown = messages.filter((message) => message !== null);
  if (shown.length === 0) return null;
  return (
    <div class={`view-banner ${kind}`} role="status">
      {shown.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
