// @ts-check
// How scripts and tests find things in the Status panel: by role, label and column name, as a user would, never
// by CSS class. Each is a JavaScript snippet evaluated inside the panel page.

/** Every request row in the DOM (the header row has no aria-rowindex). */
export const REQUEST_ROWS = '[role="grid"] [role="row"][aria-rowindex]';

/** The open explanation card, a region named "Explanation: <title>". */
export const CARD = 'section[aria-label^="Explanation: "]';

/**
 * Reads one row into { code, text, method, name, url, bucket } by the grid's column headers, so a column added
 * or moved does not misread it. The Status cell holds its code line, then its text line (as in Chrome) and our note.
 */
export const READ_ROW = `(row) => {
  const headers = [...row.closest('[role="grid"]').querySelectorAll('[role="columnheader"]')].map((h) => h.textContent.trim());
  const cells = [...row.querySelectorAll('[role="gridcell"]')];
  const cell = (name) => {
    const found = cells[headers.indexOf(name)];
    if (!found) throw new Error("no " + name + " column: update scripts/browser/panel-dom.js");
    return found;
  };
  // The Status cell holds Chrome's first line ("404", "CORS error", "(blocked:other)") and its second.
  const [code, ...rest] = [...cell("Status").children].map((part) => part.textContent.trim());
  return {
    code: code ?? "",
    text: rest.filter(Boolean).join(" "),
    method: cell("Method").textContent.trim(),
    name: cell("Name").textContent,
    url: cell("Name").getAttribute("title"),
    statusTitle: cell("Status").getAttribute("title") ?? "",
    bucket: cell("Class").textContent.trim(),
  };
}`;

/** The chips: buttons of the "Status classes" toolbar, each a label then a count; not the Failed chip's kinds. */
export const CHIPS = '[role="toolbar"][aria-label="Status classes"] button:not([role="group"] button)';
export const READ_CHIP = `(button) => [button.firstElementChild.textContent.trim(), Number(button.lastElementChild.textContent)]`;

/** The panel's "N / M requests": [shown, total]. */
export const PANEL_COUNTS = `(/([\\d,]+)\\s*\\/\\s*([\\d,]+)\\s+requests/.exec(document.querySelector('[aria-label="Status classes"]')?.textContent ?? "") ?? [])
  .slice(1).map((n) => Number(n.replaceAll(",", "")))`;
/** Types `text` into the filter box, as a user would. */
export const FILTER = (/** @type {string} */ text) => `(() => {
  const input = document.querySelector('input[aria-label="Filter requests"]');
  input.value = ${JSON.stringify(text)};
  input.dispatchEvent(new Event("input", { bubbles: true }));
  return true;
})()`;
