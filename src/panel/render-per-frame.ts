import { options } from "preact";

/**
 * Preact renders at most once per frame, after every change of that frame: a live load delivers requests one task
 * each (hundreds a second), and rendering after each would redraw the list more often than the screen can show it.
 * A hidden panel gets no frames, so it renders nothing until shown.
 */
export function renderPerFrame(): void {
  options.debounceRendering = (render) => requestAnimationFrame(render);
}
