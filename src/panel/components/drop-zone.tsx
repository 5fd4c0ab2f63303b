import { useEffect, useState } from "preact/hooks";
import { useStore } from "../state/store-context";
import { UI } from "../strings";

const carriesFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes("Files");

/**
 * A HAR file dropped anywhere on the panel opens as the Import HAR… button opens it (store.importFile), and a
 * file that is not HAR gets the same notice and changes nothing. While a file is dragged over, the panel says
 * where it will go. Dragged text or links are left to the page's own inputs.
 */
export function DropZone() {
  const store = useStore();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter and dragleave fire for every child crossed: count them, so the target does not flicker.
    let depth = 0;
    const lifetime = new AbortController();
    const on = <K extends keyof DocumentEventMap>(type: K, listener: (event: DocumentEventMap[K]) => void) =>
      document.addEventListener(type, listener, { signal: lifetime.signal });
    on("dragenter", (event) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    });
    on("dragover", (event) => {
      if (!carriesFiles(event)) return;
      // Without this the browser refuses the drop, or opens the file in place of the panel.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    });
    on("dragleave", (event) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    });
    on("drop", (event) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) store.importFile(file);
    });
    return () => lifetime.abort();
  }, [store]);
  if (!dragging) return null;
  return (
    <div class="drop-target" aria-hidden="true">
      <p>{UI.exportAndLookup.dropTarget}</p>
    </div>
  );
}
