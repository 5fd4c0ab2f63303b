import { MARKER } from "../../../demo/hostile-routes.js";

/**
 * What of a payload would be live in the panel's DOM: an element a payload names (img, script, frames), an event
 * handler attribute, or a URL attribute carrying script or a payload. Page text in title or aria-label is inert.
 */
export const PAYLOAD_ELEMENTS = `[...document.querySelectorAll("*")].filter((el) =>
  /^(IMG|IFRAME|OBJECT|EMBED|FRAME)$/.test(el.tagName) || (el.tagName === "SCRIPT" && !el.src) ||
  [...el.attributes].some((a) => /^on/i.test(a.name) ||
    (/^(href|src|srcdoc|action|formaction|xlink:href)$/i.test(a.name) &&
      (/^\\s*(javascript|data):/i.test(a.value) || a.value.includes(${JSON.stringify(MARKER)}))))
).map((el) => el.outerHTML.slice(0, 120))`;
