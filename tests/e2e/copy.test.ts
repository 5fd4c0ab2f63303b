import { execFile, execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { promisify } from "node:util";
import type { CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDemo } from "../../scripts/browser/open-demo.js";
import { CARD, READ_ROW, REQUEST_ROWS } from "../../scripts/browser/panel-dom.js";
import { type TargetSession, waitFor } from "../../scripts/browser/target-session.js";
import { SHARE } from "../../src/panel/strings/share";
import { withNarrowDevtools } from "./support/narrow-devtools";
import { PanelPage } from "./support/panel-page";

const run = promisify(execFile);
const hasCurl = (() => {
  try {
    execFileSync("curl", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
/** A credential the copies must leave out until Show secrets is on. */
const SECRET = "Bearer e2e-copy-secret";
const SECRET_KEY = "e2e-copy-key";

/** Presses Enter on the focused element through CDP: a real key, so the click it makes is a user gesture. */
async function pressEnter(target: TargetSession) {
  const key = { key: "Enter", code: "Enter", windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 };
  await target.send("Input.dispatchKeyEvent", { type: "keyDown", ...key, text: "\r" });
  await target.send("Input.dispatchKeyEvent", { type: "keyUp", ...key });
}

describe("copying from the panel lands on the real clipboard, in Chromium", () => {
  let session: Awaited<ReturnType<typeof openDemo>>;
  /** An ordinary page of the same browser, allowed to read the clipboard: where a user would paste. */
  let reader: Page;
  let readerCdp: CDPSession;

  const panel = () => session.panel;
  /**
   * Runs `use` in the reader. The clipboard answers only a focused document, and a new tab's own DevTools (opened
   * by --auto-open-devtools-for-tabs) can take focus from it at any moment: focus is emulated again each time.
   */
  async function inReader<T>(use: () => Promise<T>): Promise<T> {
    await readerCdp.send("Emulation.setFocusEmulationEnabled", { enabled: true });
    return reader.evaluate(use);
  }
  const statusText = () =>
    panel().evaluate(
      `document.querySelector('[role="status"].copy-status')?.textContent ?? ""`,
    ) as Promise<string>;

  async function openCardOf(predicate: string) {
    await waitFor(`a row matching ${predicate}`, () =>
      panel().evaluate(
        `[...document.querySelectorAll(${JSON.stringify(REQUEST_ROWS)})].some((row) => (${predicate})(row.textContent))`,
      ),
    );
    await panel().evaluate(`(() => {
      const row = [...document.querySelectorAll(${JSON.stringify(REQUEST_ROWS)})].find((r) => (${predicate})(r.textContent));
      row.click();
    })()`);
    await waitFor("the card", () =>
      panel().evaluate(`Boolean(document.querySelector(${JSON.stringify(CARD)}))`),
    );
  }

  /** Focuses the card's copy button and presses Enter on it; resolves with what the clipboard then holds. */
  async function copyFromCard(label: string, expected: string): Promise<string> {
    await panel().evaluate(`(() => {
      const button = [...document.querySelectorAll(${JSON.stringify(`${CARD} button`)})].find((b) => b.textContent === ${JSON.stringify(label)});
      if (!button) throw new Error("no card button " + ${JSON.stringify(label)});
      button.focus();
    })()`);
    await inReader(() => navigator.clipboard.writeText(""));
    await pressEnter(panel());
    await waitFor(`"${expected}" in the panel`, async () => (await statusText()).startsWith(expected));
    return inReader(() => navigator.clipboard.readText());
  }

  beforeAll(async () => {
    session = await openDemo({ headless: true });
    const origin = new URL(session.demo.url).origin;
    await session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    reader = await session.context.newPage();
    readerCdp = await session.context.newCDPSession(reader);
    await reader.goto(session.demo.url);
    // A request with credentials in a header and in the query, made while the panel listens.
    await session.page.evaluate(
      ({ secret, key }) =>
        fetch(`/status/418?api_key=${key}`, { method: "PUT", headers: { Authorization: secret } }).then((r) =>
          r.text(),
        ),
      { secret: SECRET, key: SECRET_KEY },
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  it("copies the 422 as Markdown: its title and what the body says", async () => {
    await openCardOf(`(text) => text.includes("/status/422")`);
    // The card reads the problem+json body from DevTools; the copy is the card as shown.
    await waitFor("the card's findings", () =>
      panel().evaluate(
        `document.querySelector(${JSON.stringify(CARD)}).textContent.includes("What this response says")`,
      ),
    );
    const markdown = await copyFromCard(SHARE.copy.markdown, SHARE.copied.markdown);
    expect(markdown).toMatch(/^### 422 Unprocessable Content\n/);
    expect(markdown).toMatch(/`POST http:\/\/127\.0\.0\.1:\d+\/status\/422` → `422 /);
    expect(markdown).toContain("**What this response says:**");
    expect(markdown).toContain("Your request is not valid");
    expect(await statusText()).toBe(SHARE.copied.markdown + SHARE.redactedNote);
  });

  it.skipIf(!hasCurl)("copies the 422 as cURL, which the real curl replays to the same status", async () => {
    const curl = await copyFromCard(SHARE.copy.curl, SHARE.copied.curl);
    expect(curl).toMatch(/^curl 'http:\/\/127\.0\.0\.1:\d+\/status\/422'/);
    expect(curl).toContain("--data-raw '");
    const { stdout } = await run("bash", ["-c", `${curl.trimEnd()} -s -o /dev/null -w '%{http_code}'`]);
    expect(stdout).toBe("422");
  });

  it("copies a row's failures summary from its context menu, pressed with Enter", async () => {
    await panel().evaluate(`(() => {
      const row = [...document.querySelectorAll(${JSON.stringify(REQUEST_ROWS)})].find((r) => r.textContent.includes("/status/404"));
      row.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true, clientX: 40, clientY: 40 }));
    })()`);
    await waitFor("the row menu, its first item focused", () =>
      panel().evaluate(`document.activeElement?.getAttribute("role") === "menuitem"`),
    );
    await panel().evaluate(
      `[...document.querySelectorAll('[role="menuitem"]')].find((item) => item.textContent === ${JSON.stringify(SHARE.copy.failures)}).focus()`,
    );
    await inReader(() => navigator.clipboard.writeText(""));
    await pressEnter(panel());
    await waitFor("the copy's confirmation", async () =>
      (await statusText()).startsWith("Copied a Markdown summary"),
    );
    const markdown = await inReader(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^### \d+ failing requests of \d+\n/);
    expect(markdown).toMatch(/#### 404 Nothing Here \(1×\)\n\n- 1× `GET 127\.0\.0\.1:\d+\/status\/:id`/);
  });

  it("leaves secrets out of a copy by default, and includes them once Show secrets is on", async () => {
    await openCardOf(`(text) => text.includes("PUT") && text.includes("/status/418")`);
    const redacted = await copyFromCard(SHARE.copy.curl, SHARE.copied.curl);
    expect(redacted).toContain("-X 'PUT'");
    expect(redacted).not.toContain("e2e-copy-secret");
    expect(redacted).not.toContain(SECRET_KEY);
    expect(redacted).toContain("[redacted]");

    await new PanelPage(panel()).setShowSecrets(true);
    const revealed = await copyFromCard(SHARE.copy.curl, SHARE.copied.curl);
    expect(revealed).toContain(`-H 'Authorization: ${SECRET}'`);
    expect(revealed).toContain(`api_key=${SECRET_KEY}`);
    expect(await statusText()).toBe(SHARE.copied.curl + SHARE.revealedNote);
    if (hasCurl) {
      const { stdout } = await run("bash", ["-c", `${revealed.trimEnd()} -s -o /dev/null -w '%{http_code}'`]);
      expect(stdout).toBe("418");
    }
  });

  it("filters the list to an endpoint clicked in the session summary", async () => {
    await panel().evaluate(`(() => {
      const toggle = [...document.querySelectorAll("summary")].find((s) => s.textContent === ${JSON.stringify(SHARE.summary.toggle)});
      toggle.click();
    })()`);
    const endpoint = await waitFor("the 404 endpoint in the summary", () =>
      panel().evaluate(
        `[...document.querySelectorAll('section[aria-label=${JSON.stringify(SHARE.summary.region)}] li button')].map((b) => b.textContent).find((t) => t.includes(" 404 ")) ?? false`,
      ),
    );
    expect(endpoint).toMatch(/^1× 404 GET \/status\/:id 127\.0\.0\.1:\d+$/);
    await panel().evaluate(
      `[...document.querySelectorAll('section[aria-label=${JSON.stringify(SHARE.summary.region)}] li button')].find((b) => b.textContent.includes(" 404 ")).click()`,
    );
    await waitFor("only the 404 listed", async () => {
      const rows = await panel().evaluate(
        `[...document.querySelectorAll(${JSON.stringify(REQUEST_ROWS)})].map(${READ_ROW})`,
      );
      return rows.length === 1 && rows[0].code === "404";
    });
    expect(await panel().evaluate(`document.querySelector('input[type="search"]').value`)).toBe(
      "status:404 method:GET domain:127.0.0.1 path:/status/:id",
    );
  });

  it("keeps the list usable in a 500 px dock with the summary unfolded and a card open", async () => {
    // The previous test left the summary unfolded and the list filtered to one row: show every row again.
    await panel().evaluate(`(() => {
      const input = document.querySelector('input[type="search"]');
      input.value = "";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    })()`);
    await withNarrowDevtools(session.handles.devtools, 500, async () => {
      await openCardOf(`(text) => text.includes("/status/429")`);
      const layout = await waitFor("the panel at 500 px", () =>
        panel().evaluate(`(() => {
          const grid = document.querySelector('[role="grid"]')?.getBoundingClientRect();
          const summary = document.querySelector('section[aria-label=${JSON.stringify(SHARE.summary.region)}]');
          const page = document.scrollingElement;
          return innerWidth === 500 && grid && summary && {
            sideways: page.scrollWidth - page.clientWidth,
            summaryRight: summary.getBoundingClientRect().right,
            gridHeight: grid.height,
          };
        })()`),
      );
      if (process.env.STATUS_LENS_COPY_SCREENSHOT) {
        const { data } = await session.handles.devtools.send("Page.captureScreenshot", { format: "png" });
        writeFileSync(process.env.STATUS_LENS_COPY_SCREENSHOT, Buffer.from(data, "base64"));
      }
      expect(layout.sideways).toBeLessThanOrEqual(0);
      expect(layout.summaryRight).toBeLessThanOrEqual(500);
      // Four rows of 21 px at least stay in view above the card.
      expect(layout.gridHeight).toBeGreaterThanOrEqual(84);
    });
  });
});
