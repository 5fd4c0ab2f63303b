import { useStore } from "../state/store-context";
import { UI } from "../strings";
import { FilterBox } from "./filter-box";
import { HarExportButtons } from "./har-export-buttons";
import { LookupBox } from "./lookup-box";

/** The Network panel's record button: pauses the live capture, which then never adds what it missed. */
function RecordButton() {
  const { live } = useStore();
  const recording = live.recording.value;
  return (
    <button
      type="button"
      class={`tool-button record${recording ? " recording" : ""}`}
      title={recording ? UI.toolbar.pauseTitle : UI.toolbar.resumeTitle}
      aria-label={recording ? UI.toolbar.pauseRecording : UI.toolbar.resumeRecording}
      onClick={() => live.setRecording(!recording)}
    >
      <span class="record-dot" aria-hidden="true" />
    </button>
  );
}

/** Show secrets: off in each new session; the screen, copies and exports redact credentials until it is on. */
function RevealSecretsToggle() {
  const store = useStore();
  return (
    <label class="tool-check reveal-secrets" title={UI.toolbar.showSecretsTitle}>
      <input
        type="checkbox"
        checked={store.revealSecrets.value}
        onChange={(event) => store.setRevealSecrets(event.currentTarget.checked)}
      />
      {UI.toolbar.showSecrets}
    </label>
  );
}

export function Toolbar() {
  const store = useStore();
  const view = store.view.value;
  const clearTitle = view.kind === "live" ? UI.toolbar.clearLiveTitle : UI.toolbar.clearFileTitle(view.name);
  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) store.importHar(await file.text(), file.name);
    input.value = "";
  };
  return (
    <div class="toolbar" role="toolbar" aria-label={UI.toolbar.panel}>
      <RecordButton />
      <button
        type="button"
        class="tool-button"
        title={clearTitle}
        aria-label={UI.toolbar.clear}
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
        {UI.toolbar.preserveLog}
      </label>
      <RevealSecretsToggle />
      <label class="tool-button import" title={UI.toolbar.importTitle}>
        {UI.toolbar.importHar}
        <input type="file" accept=".har,application/json" class="visually-hidden" onChange={importFile} />
      </label>
      <HarExportButtons />
      <LookupBox />
    </div>
  );
}
