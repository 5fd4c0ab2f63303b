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
/** A labelled checkbox of the toolbar (Preserve log, Show secrets). */
function ToolCheck(props: {
  label: string;
  title?: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <label class="tool-check" title={props.title}>
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      {props.label}
    </label>
  );
}

export function Toolbar() {
  const store = useStore();
  const view = store.view.value;
  const clearTitle = view.kind === "live" ? UI.toolbar.clearLiveTitle : UI.toolbar.clearFileTitle(view.name);
  const importFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) store.importFile(file);
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
      <ToolCheck
        label={UI.toolbar.preserveLog}
        checked={store.preserveLog.value}
        onChange={(on) => store.setPreserveLog(on)}
      />
      <ToolCheck
        label={UI.toolbar.showSecrets}
        title={UI.toolbar.showSecretsTitle}
        checked={store.revealSecrets.value}
        onChange={(on) => store.setRevealSecrets(on)}
      />
      <label class="tool-button import" title={UI.toolbar.importTitle}>
        {UI.toolbar.importHar}
        <input type="file" accept=".har,application/json" class="visually-hidden" onChange={importFile} />
      </label>
      <HarExportButtons />
      <LookupBox />
    </div>
  );
}
