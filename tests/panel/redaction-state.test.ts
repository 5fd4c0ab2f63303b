import { describe, expect, it } from "vitest";
import { createPanelStore } from "../../src/panel/state/panel-store";

describe("store.revealSecrets", () => {
  it("starts off, follows the toggle, and is not kept for the next panel session", () => {
    const store = createPanelStore();
    expect(store.revealSecrets.value).toBe(false);
    store.setRevealSecrets(true);
    expect(store.revealSecrets.value).toBe(true);
    expect(createPanelStore().revealSecrets.value).toBe(false);
  });
});
