/**
 * What the panel can ask DevTools to do, handed in by main.tsx from src/devtools' feature detection: an action
 * is present only where the browser supports it, and the panel offers only the actions present.
 */
export interface PanelDevtoolsActions {
  /** Shows DevTools' Network panel with its filter set to `filter`. */
  revealInNetwork?: (filter: string) => void;
  /** Opens `url` in the Sources panel at `line` (0-based). */
  openInSources?: (url: string, line: number) => void;
}
