import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDemo, waitForDemoPage } from "../../scripts/browser/open-demo.js";
import { PanelPage } from "./support/panel-page";
import { describeDiff } from "./support/request-keys";
import { isSame, waitForSameRequests } from "./support/same-requests";

// 20,000 fetches on one page, at most 200 in flight (thousands outstanding make Chromium fail fetches with
// net::ERR_INSUFFICIENT_RESOURCES). Each look at DevTools' log costs more as the log grows (getHAR takes about 3.7 s
// at 20,000 requests), so the capture looks less often and the last rows may take tens of seconds to appear: the
// test waits for the panel to match DevTools' own log, with generous bounds, and asserts no timing.

const BURST = 20_000;
/** The page's own 20,000 fetches: 60 to 95 s on a busy two-core machine, with DevTools recording them. */
const BURST_TIME = 120_000;
/** Then the panel has this long to list them all, as the issue asks ("in under 90 s of test time"). */
const CATCH_UP_TIME = 90_000;
/** What reading both lists and comparing them may take past that. */
const READ_TIME = 20_000;

describe("a burst of 20,000 fetches on one page", () => {
  let session: Awaited<ReturnType<typeof openDemo>>;
  let panel: PanelPage;

  beforeAll(async () => {
    session = await openDemo({ headless: true, path: "/app" });
    panel = new PanelPage(session.panel);
  });

  afterAll(async () => {
    await session?.close();
  });

  it(
    "ends with every request listed, as DevTools' own log lists them",
    async () => {
      await session.page.goto(new URL(`/app?burst=${BURST}&inflight=200`, session.demo.url).href);
      await waitForDemoPage(session.page, BURST_TIME);
      expect(await session.page.textContent("#state"), "no fetch of the burst failed").toBe("ready");
      const comparison = await waitForSameRequests(panel, session.handles.devtools, CATCH_UP_TIME);
      expect(comparison.log.length).toBeGreaterThan(BURST);
      expect(isSame(comparison), describeDiff(comparison.diff)).toBe(true);
    },
    BURST_TIME + CATCH_UP_TIME + READ_TIME,
  );
});
