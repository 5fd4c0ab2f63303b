/**
 * Puts `text` on the clipboard; call it inside the click or key handler that asked for it. DevTools' extension
 * panels are iframes without a clipboard permissions policy, so navigator.clipboard cannot be relied on there;
 * the copy command on a selected textarea needs only the user gesture (`../shared/notes/chromium.md`).
 * Returns whether the browser says it copied.
 */
export function copyText(text: string): boolean {
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const buffer = document.createElement("textarea");
  buffer.value = text;
  buffer.readOnly = true;
  buffer.setAttribute("aria-hidden", "true");
  buffer.tabIndex = -1;
  // Out of sight but rendered: a display:none textarea cannot hold a selection.
  Object.assign(buffer.style, { position: "fixed", top: "0", left: "-9999px", opacity: "0" });
  document.body.append(buffer);
  buffer.focus({ preventScroll: true });
  buffer.select();
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  } finally {
    buffer.remove();
    previous?.focus({ preventScroll: true });
  }
  return copied;
}
