import type { TargetSession } from "../../../scripts/browser/target-session.js";
import { waitFor } from "../../../scripts/browser/target-session.js";

export interface RowView {
  code: string;
  text: string;
  method: string;
  name: string;
  bucket: string;
}

/** Reads and drives the Status panel's DOM the way a user sees it: visible text, roles and labels. */
export class PanelPage {
  constructor(private readonly session: TargetSession) {}

  rows(): Promise<RowView[]> {
    return this.session.evaluate(`[...document.querySelectorAll('[role="grid"] [role="row"].request-row')].map((tr) => ({
      code: tr.querySelector(".status-code").textContent,
      text: tr.querySelector(".status-text").textContent,
      method: tr.querySelector(".col-method").textContent,
      name: tr.querySelector(".col-name").textContent,
      bucket: tr.querySelector(".bucket-tag").textContent,
    }))`);
  }

  /** Chip label → count, as shown on the chips. */
  chips(): Promise<Record<string, number>> {
    return this.session.evaluate(`Object.fromEntries([...document.querySelectorAll('[aria-label="Status classes"] button')].map((b) =>
      [b.querySelector(".chip-label").textContent, Number(b.querySelector(".chip-count").textContent)]))`);
  }

  async clickChip(label: string): Promise<void> {
    await this.session.evaluate(`(() => {
      const chip = [...document.querySelectorAll('[aria-label="Status classes"] button')]
        .find((b) => b.querySelector(".chip-label").textContent === ${JSON.stringify(label)});
      if (!chip) throw new Error("no chip " + ${JSON.stringify(label)});
      chip.click();
    })()`);
  }

  async clickRow(predicate: string): Promise<void> {
    await this.session.evaluate(`(() => {
      const row = [...document.querySelectorAll('[role="grid"] [role="row"].request-row')].find((tr) => (${predicate})(tr.textContent));
      if (!row) throw new Error("no row matches ${predicate.replaceAll('"', "'")}");
      row.click();
    })()`);
  }

  cardTitle(): Promise<string | null> {
    return this.session.evaluate(`document.querySelector('section.card h2')?.textContent ?? null`);
  }

  cardText(): Promise<string> {
    return this.session.evaluate(`document.querySelector('section.card')?.innerText ?? ""`);
  }

  async typeFilter(query: string): Promise<void> {
    await this.session.evaluate(`(() => {
      const input = document.querySelector('input[aria-label="Filter requests"]');
      input.value = ${JSON.stringify(query)};
      input.dispatchEvent(new Event("input", { bubbles: true }));
    })()`);
  }

  /** Picks a file in the panel's "Import HAR" input, as the file dialog would. */
  async importFile(path: string): Promise<void> {
    const { root } = await this.session.send("DOM.getDocument");
    const { nodeId } = await this.session.send("DOM.querySelector", {
      nodeId: root.nodeId,
      selector: 'input[type="file"]',
    });
    await this.session.send("DOM.setFileInputFiles", { nodeId, files: [path] });
  }

  text(selector: string): Promise<string | null> {
    return this.session.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`);
  }

  waitForText(selector: string): Promise<string> {
    return waitFor(`text in ${selector}`, async () => (await this.text(selector)) || undefined);
  }

  /** Polls the panel until the rows satisfy `done`. */
  waitForRows(what: string, done: (rows: RowView[]) => boolean, timeoutMs = 20_000): Promise<RowView[]> {
    return waitFor(
      what,
      async () => {
        const rows = await this.rows();
        return done(rows) && rows;
      },
      timeoutMs,
    );
  }
}
