// @ts-check
// Talks to one DevTools-protocol target (the DevTools frontend, the panel iframe) through the browser session.
// Playwright does not list DevTools windows as pages, so we attach in non-flat mode and route messages by sessionId.

/** @typedef {import("playwright-core").CDPSession} CDPSession */
/** @typedef {{ targetId: string, type: string, url: string }} TargetInfo */

export class TargetSession {
  /** @type {Map<number, { resolve: (value: any) => void, reject: (error: Error) => void }>} */
  #pending = new Map();
  #nextId = 1;

  /** @param {CDPSession} browserSession @param {string} sessionId */
  constructor(browserSession, sessionId) {
    this.browserSession = browserSession;
    this.sessionId = sessionId;
    browserSession.on("Target.receivedMessageFromTarget", (event) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message);
      const waiter = this.#pending.get(message.id);
      if (!waiter) return;
      this.#pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`${message.error.message} (${message.error.code})`));
      else waiter.resolve(message.result);
    });
  }

  /** @param {CDPSession} browserSession @param {string} targetId */
  static async attach(browserSession, targetId) {
    const { sessionId } = await browserSession.send("Target.attachToTarget", { targetId, flatten: false });
    return new TargetSession(browserSession, sessionId);
  }

  /** @param {string} method @param {object} [params] @returns {Promise<any>} */
  send(method, params = {}) {
    const id = this.#nextId++;
    const message = JSON.stringify({ id, method, params });
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.browserSession
        .send("Target.sendMessageToTarget", { sessionId: this.sessionId, message })
        .catch(reject);
    });
  }

  /** Evaluates an expression (awaiting promises) and returns its JSON value. @param {string} expression */
  async evaluate(expression) {
    const { result, exceptionDetails } = await this.send("Runtime.evaluate", {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails)
      throw new Error(`evaluate failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  }
}

/** @param {CDPSession} browserSession @param {(target: TargetInfo) => boolean} predicate @returns {Promise<TargetInfo[]>} */
export async function findTargets(browserSession, predicate) {
  const { targetInfos } = await browserSession.send("Target.getTargets");
  return targetInfos.filter(predicate);
}

/**
 * Waits until a target matching `predicate` is listed, and attaches to it.
 * @param {CDPSession} browserSession @param {string} what @param {(target: TargetInfo) => boolean} predicate
 */
export async function attachWhenListed(browserSession, what, predicate) {
  const [target] = await waitFor(what, async () => {
    const found = await findTargets(browserSession, predicate);
    return found.length > 0 && found;
  });
  if (!target) throw new Error(`unreachable: waitFor returned no target for ${what}`);
  return TargetSession.attach(browserSession, target.targetId);
}

/**
 * Polls until `check` returns a value other than undefined/false, or fails with `what` after the timeout.
 * @template T
 * @param {string} what
 * @param {() => Promise<T | undefined | false>} check
 * @param {number} [timeoutMs]
 * @returns {Promise<T>}
 */
export async function waitFor(what, check, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError}` : ""}`);
}
