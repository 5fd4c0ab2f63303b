// @ts-check
// What Chromium itself says about each CORS failure of a page: its DevTools issues (Audits.issueAdded, CorsIssue)
// and its console messages. Audits and Log replay what the page already logged when enabled, so this may run late.

/** @typedef {{ url: string, corsError: string, failedParameter: string, console: string }} ChromiumCorsReason */

/**
 * Chromium's CORS reason for each of a page's blocked requests, once `count` of them are known.
 * @param {import("playwright-core").BrowserContext} context @param {import("playwright-core").Page} page
 * @param {number} count
 * @returns {Promise<ChromiumCorsReason[]>}
 */
export async function chromiumCorsReasons(context, page, count, timeoutMs = 10_000) {
  const session = await context.newCDPSession(page);
  /** @type {Map<string, { corsError: string, failedParameter: string }>} */
  const issues = new Map();
  /** @type {Map<string, string>} */
  const messages = new Map();
  session.on("Audits.issueAdded", ({ issue }) => {
    const details = issue.details.corsIssueDetails;
    if (issue.code === "CorsIssue" && details?.request.url) {
      const { corsError, failedParameter = "" } = details.corsErrorStatus;
      issues.set(details.request.url, { corsError, failedParameter });
    }
  });
  // "Access to fetch at '<url>' from origin '…' has been blocked by CORS policy: …"
  session.on("Log.entryAdded", ({ entry }) => {
    const url = entry.text.match(/^Access to \w+ at '([^']+)' from origin/)?.[1];
    if (url) messages.set(url, entry.text);
  });
  await session.send("Audits.enable");
  await session.send("Log.enable");
  const deadline = Date.now() + timeoutMs;
  while (issues.size < count || messages.size < count) {
    if (Date.now() > deadline)
      throw new Error(
        `Chromium named ${issues.size} CORS issues and ${messages.size} messages, not ${count}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await session.detach();
  return [...issues].map(([url, issue]) => ({ url, ...issue, console: messages.get(url) ?? "" }));
}
