import type { RefObject } from "preact";
import { useEffect, useState } from "preact/hooks";

/**
 * The scroll position of a scrolling element and the height left for rows under its sticky header, kept current on
 * scroll and resize. Read here, not while rendering: reading a height during a render forces a layout per render.
 */
export function useScrollViewport(
  ref: RefObject<HTMLElement | null>,
  headRef: RefObject<HTMLElement | null>,
): { scrollTop: number; height: number } {
  const [viewport, setViewport] = useState({ scrollTop: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () =>
      setViewport({
        scrollTop: element.scrollTop,
        height: element.clientHeight - (headRef.current?.offsetHeight ?? 0),
      });
    update();
    element.addEventListener("scroll", update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    if (headRef.current) observer.observe(headRef.current);
    return () => {
      element.removeEventListener("scroll", update);
      observer.disconnect();
    };
  }, [ref, headRef]);
  return viewport;
}
