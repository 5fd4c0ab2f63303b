import { useStore } from "../state/store-context";

/** What is shown, when it is not simply the live list: the file view's source, or live requests dropped. */
export function ViewBanner() {
  const store = useStore();
  // The file view always has its banner, so the drop notice shows only over the live list it is about.
  const message = store.fileBanner.value ?? store.live.droppedNotice.value;
  if (message === null) return null;
  return (
    <div class={`view-banner ${store.view.value.kind}`} role="status">
      <p>{message}</p>
    </div>
  );
}
