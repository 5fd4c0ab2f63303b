import type { RefObject } from "preact";
import { useEffect, useState } from "preact/hooks";

/** The scroll position and height of a scrolling element, kept current on scroll and resize. */
export function useScrollViewport(ref: RefObject<HTMLElement | null>): { scrollTop: number; height: number } {
  const [viewport, setViewport] = useState({ scrollTop: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setViewport({ scrollTop: element.scrollTop, height: element.clientHeight });
    update();
    element.addEventListener("scroll", update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      element.removeEventListener("scroll", update);
      observer.disconnect();
    };
  }, [ref]);
  return viewport;
}
