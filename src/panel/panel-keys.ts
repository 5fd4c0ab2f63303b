/**
 * The keys the panel owns, and the one listener that takes them before DevTools does.
 *
 * DevTools' extension API (front_end/models/extensions/ExtensionAPI.ts, `forwardKeyboardEvent`) listens for
 * `keydown` on every extension panel's `document`, in the bubble phase, and forwards DevTools' global shortcuts
 * (Esc outside text fields; Ctrl/Cmd shortcuts even inside them) to DevTools, ignoring `defaultPrevented`: Esc
 * would also toggle the Console drawer and Ctrl+F open DevTools' Find bar. A capture-phase listener on `window`
 * runs before anything else in the panel; stopping propagation there keeps our keys from that listener.
 */

export const PANEL_KEY_ACTIONS = ["escape", "focusFilter", "clear"] as const;
export type PanelKeyAction = (typeof PANEL_KEY_ACTIONS)[number];

/** The parts of a keydown the table looks at. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** `command`: Ctrl or Cmd alone (Ctrl on Windows/Linux, Cmd on macOS); `none`: no modifier at all. */
type Modifiers = "none" | "command";

interface KeyBinding {
  key: string;
  modifiers: Modifiers;
  /** `outsideText`: typed into a text field, the key is text and stays there. */
  where: "anywhere" | "outsideText";
  action: PanelKeyAction;
}

/** Every key the panel takes from DevTools. ↑/↓/Home/End/Enter are not here: the grid handles them itself. */
export const PANEL_KEYS: readonly KeyBinding[] = [
  { key: "Escape", modifiers: "none", where: "anywhere", action: "escape" },
  { key: "f", modifiers: "command", where: "anywhere", action: "focusFilter" },
  { key: "/", modifiers: "none", where: "outsideText", action: "focusFilter" },
  { key: "l", modifiers: "command", where: "anywhere", action: "clear" },
];

const modifiersOf = (press: KeyPress): Modifiers | "other" => {
  if (press.altKey || press.shiftKey) return "other";
  if (press.ctrlKey && press.metaKey) return "other";
  return press.ctrlKey || press.metaKey ? "command" : "none";
};

/** The panel's action for a key, or null for a key that is not ours (DevTools may have it). */
export function panelKeyActionOf(press: KeyPress, inTextField: boolean): PanelKeyAction | null {
  const modifiers = modifiersOf(press);
  // Caps Lock makes Ctrl+F arrive as "F".
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  const binding = PANEL_KEYS.find(
    (b) => b.key === key && b.modifiers === modifiers && !(b.where === "outsideText" && inTextField),
  );
  return binding?.action ?? null;
}

export type EscapeStep = "closeMenu" | "clearFilter" | "closeCard";

/** What one Esc undoes, innermost first: an open row menu, then text typed in the focused filter, then the card. */
export function escapeStepOf(state: {
  menuOpen: boolean;
  typingInFilter: boolean;
  cardOpen: boolean;
}): EscapeStep {
  if (state.menuOpen) return "closeMenu";
  if (state.typingInFilter) return "clearFilter";
  return state.cardOpen ? "closeCard" : "clearFilter";
}

const TEXT_INPUT_TYPES = new Set(["", "text", "search", "url", "email", "number", "password", "tel"]);

/** Whether keys typed at `target` are text: a text input, a textarea, or an editable element. */
export function isTextField(target: EventTarget | null): boolean {
  if (!target || typeof target !== "object" || !("nodeName" in target)) return false;
  const element = target as HTMLElement;
  if (element.nodeName === "TEXTAREA" || element.isContentEditable) return true;
  return element.nodeName === "INPUT" && TEXT_INPUT_TYPES.has((element as HTMLInputElement).type);
}

/**
 * Runs `handlers` for the panel's keys from a capture-phase listener on `win`, stopping each such key there so
 * neither DevTools' forwarder nor any element's own handler sees it. Ends with `signal`.
 */
export function listenToPanelKeys(
  win: Window,
  handlers: Record<PanelKeyAction, (event: KeyboardEvent) => void>,
  signal: AbortSignal,
): void {
  win.addEventListener(
    "keydown",
    (event) => {
      const action = panelKeyActionOf(event, isTextField(event.target));
      if (action === null) return;
      event.stopPropagation();
      event.preventDefault();
      handlers[action](event);
    },
    { capture: true, signal },
  );
}
