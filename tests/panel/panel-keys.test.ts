import { describe, expect, it } from "vitest";
import { escapeStepOf, type KeyPress, PANEL_KEYS, panelKeyActionOf } from "../../src/panel/panel-keys";

const press = (key: string, modifiers: Partial<Omit<KeyPress, "key">> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe("panelKeyActionOf: the keys the panel takes from DevTools", () => {
  it.each([
    ["Esc", press("Escape"), false, "escape"],
    ["Esc in the filter", press("Escape"), true, "escape"],
    ["Ctrl+F", press("f", { ctrlKey: true }), false, "focusFilter"],
    ["Cmd+F", press("f", { metaKey: true }), false, "focusFilter"],
    ["Ctrl+F with Caps Lock", press("F", { ctrlKey: true }), false, "focusFilter"],
    ["Ctrl+F in the filter", press("f", { ctrlKey: true }), true, "focusFilter"],
    ["/ outside text", press("/"), false, "focusFilter"],
    ["Ctrl+L", press("l", { ctrlKey: true }), false, "clear"],
    ["Cmd+L in the filter", press("l", { metaKey: true }), true, "clear"],
  ] as const)("takes %s", (_name, key, inTextField, action) => {
    expect(panelKeyActionOf(key, inTextField)).toBe(action);
  });

  it.each([
    ["/ typed in a text field", press("/"), true],
    ["Ctrl+Shift+F (DevTools' search in all files)", press("F", { ctrlKey: true, shiftKey: true }), false],
    ["Alt+F", press("f", { altKey: true }), false],
    ["Ctrl+Cmd+F (macOS full screen)", press("f", { ctrlKey: true, metaKey: true }), false],
    ["Shift+Esc", press("Escape", { shiftKey: true }), false],
    ["a plain f", press("f"), false],
    ["ArrowDown (the grid's)", press("ArrowDown"), false],
    ["Enter (the grid's)", press("Enter"), false],
    ["Ctrl+[ (DevTools' previous panel)", press("[", { ctrlKey: true }), false],
  ] as const)("leaves %s alone", (_name, key, inTextField) => {
    expect(panelKeyActionOf(key, inTextField)).toBeNull();
  });

  it("binds each key once", () => {
    const keys = PANEL_KEYS.map((b) => `${b.modifiers} ${b.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("escapeStepOf: one Esc undoes the innermost thing", () => {
  it.each([
    [{ menuOpen: true, typingInFilter: true, cardOpen: true }, "closeMenu"],
    [{ menuOpen: false, typingInFilter: true, cardOpen: true }, "clearFilter"],
    [{ menuOpen: false, typingInFilter: false, cardOpen: true }, "closeCard"],
    [{ menuOpen: false, typingInFilter: false, cardOpen: false }, "clearFilter"],
  ] as const)("%o → %s", (state, step) => {
    expect(escapeStepOf(state)).toBe(step);
  });
});
