import { useStore } from "../state/store-context";
import { TOOLBAR_AND_KEYS as T } from "../strings/toolbar-and-keys";
import { FilterBox } from "./filter-box";

/** The Network panel's record button: pauses the live capture, which then never adds what it missed. */
function RecordButton() {
  const { live } = useStore();
  const recording = live.recording.value;
  return (
    <button
      type="button"
      class={`tool-button record${recording ? " recording" : ""}`}
      title={recording ? T.pauseTitle : T.resumeTitle}
      aria-label={recording ? T.pauseRecording : T.resumeRecording}
      onClick={() => live.setRecording(!recording)}
    >
      <span class="record-dot" aria-hidden="true" />
    </button>
  );
}

export function Toolbar() {
  const store = useStore();
  const view = store.view.value;
  const clearTitle =
    view.kind === "live"
      ? "Clear the live capture (Ctrl+L)"
      : `Close ${view.name} and show the live capture, which it leaves alone (Ctrl+L)`;
  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) store.importHar(await file.text(), file.name);
    input.value = "";
  };
  return (
    <div class="toolbar" role="toolbar" aria-label="Status Lens">
      <RecordButton />
      <button
        type="button"
        class="tool-button"
        title={clearTitle}
        aria-label="Clear"
        onClick={() => store.clear()}
      >
        ⊘
      </button>
      <FilterBox />
      <label class="tool-check">
        <input
          type="checkbox"
          checked={store.preserveLog.value}
          onChange={(event) => store.setPreserveLog(event.currentTarget.checked)}
        />
        Preserve log
      </label>
      <label class="tool-button import" title="Open a HAR file in its own view, beside the live capture">
        Import HAR…
        <input type="file" accept=".har,application/json" class="visually-hidden" onChange={importFile} />
      </label>
    </div>
  );
}
