// @ts-check
// Records what Chromium's DevTools keeps of WebSockets that close in every way the demo's /websockets page
// knows (client 1000, server 1001/1008/1011/4000 with reasons, a dropped connection, a refused handshake):
// the extension's getHAR, DevTools' own frames (Messages tab) and the page's CDP Network.webSocket* events, next
// to each CloseEvent the page saw. Writes tests/fixtures/har/chromium-websocket-closes.har (the WebSocket entries,
// trimmed) and prints the evidence. Usage: node scripts/record-websocket-closes.js [--print-only]; build first.
import { writeFileSync } from "node:fs";
import { openDemo } from "./browser/open-demo.js";
import { attachDevtoolsPage, devtoolsWebSocketFrames } from "./browser/status-panel.js";

const demo = await openDemo({ headless: true, path: "/websockets" });
try {
  // getHAR from the extension's own devtools page: exactly what Status Lens sees.
  const devtoolsPage = await attachDevtoolsPage(demo.handles.browserSession);
  const har = await devtoolsPage.evaluate(
    "new Promise((done) => chrome.devtools.network.getHAR((log) => done(JSON.parse(JSON.stringify(log)))))",
  );
  const frames = await devtoolsWebSocketFrames(demo.handles.devtools);
  // The CDP events DevTools itself is fed, on a fresh run of the page under a second Network client.
  const cdp = await demo.context.newCDPSession(demo.page);
  /** @type {{ method: string, params: any }[]} */
  const events = [];
  for (const method of [
    "Network.webSocketCreated",
    "Network.webSocketHandshakeResponseReceived",
    "Network.webSocketFrameSent",
    "Network.webSocketFrameReceived",
    "Network.webSocketFrameError",
    "Network.webSocketClosed",
  ])
    cdp.on(/** @type {any} */ (method), (params) => events.push({ method, params }));
  await cdp.send("Network.enable");
  await demo.page.reload();
  await demo.page.waitForFunction(() => document.body?.dataset.demo === "done");
  const closeEvents = await demo.page.locator("#results li").allTextContents();

  const sockets = har.entries.filter((/** @type {any} */ e) => e._resourceType === "websocket");
  const origin = demo.demo.url.replace(/\/$/, "");
  const version = (await demo.context.browser()?.version()) ?? "unknown";
  console.log(`Chromium ${version}\n\nThe page's CloseEvents:\n${closeEvents.join("\n")}\n`);
  console.log("getHAR (extension):");
  for (const e of sockets)
    console.log(
      `  ${e.request.url.replace(origin.replace("http", "ws"), "")} status ${e.response.status} _error ${e.response._error} time ${Math.round(e.time)} ms messages ${JSON.stringify(e._webSocketMessages?.map((/** @type {any} */ m) => [m.type, m.opcode, m.data]))}`,
    );
  console.log("\nDevTools' own frames (Messages tab):");
  for (const r of frames)
    console.log(`  ${r.url} ${r.statusCode} failed=${r.failed} ${r.error} ${JSON.stringify(r.frames)}`);
  console.log("\nCDP events on the page (reload):");
  for (const { method, params } of events) {
    const { requestId: _id, timestamp: _t, wallTime: _w, initiator: _i, request: _r, ...rest } = params;
    console.log(`  ${method} ${JSON.stringify(rest).slice(0, 300)}`);
  }
  if (!process.argv.includes("--print-only")) {
    // Only what a reader of WebSockets needs: no stacks, cookies or page entries.
    const trimmed = sockets.map((/** @type {any} */ e) => ({
      startedDateTime: e.startedDateTime,
      time: e.time,
      request: e.request,
      response: e.response,
      cache: {},
      timings: e.timings,
      serverIPAddress: e.serverIPAddress,
      _resourceType: e._resourceType,
      ...(e._webSocketMessages ? { _webSocketMessages: e._webSocketMessages } : {}),
    }));
    const file = "tests/fixtures/har/chromium-websocket-closes.har";
    const creator = {
      name: "WebInspector",
      version: "537.36",
      comment: `Chromium ${version}, demo /websockets`,
    };
    const text = JSON.stringify({ log: { version: "1.2", creator, pages: [], entries: trimmed } }, null, 2);
    // The demo's port is random: the fixture names the default one, so it reads the same after every recording.
    writeFileSync(file, `${text.replaceAll(new URL(origin).host, "127.0.0.1:8077")}\n`);
    console.log(`\n${file}: ${trimmed.length} entries`);
  }
} finally {
  await demo.close();
}
