// Sends the demo traffic, in sequence so the panel's order is stable, and lists what the page itself saw.
const config = JSON.parse(document.querySelector('meta[name="demo-config"]').content);

const PLAN = [
  ...[200, 201, 204].map((code) => ({ url: `/status/${code}` })),
  { url: "/range", init: { headers: { Range: "bytes=0-9" } } },
  ...[301, 302, 307, 308].map((code) => ({ url: `/redirect/${code}` })),
  { url: "/redirect/308", init: { method: "POST", body: "kept=1" } },
  { url: "/etag" },
  { url: "/etag", init: { cache: "no-cache" } },
  { url: "/loop/a" },
  { url: "/status/400" },
  // A credential the panel must show redacted until "Show secrets" is on.
  { url: "/status/401", init: { headers: { Authorization: "Bearer demo.eyJzdWIiOiJkZW1vIn0.s3cr3t" } } },
  ...[403, 404].map((code) => ({ url: `/status/${code}` })),
  { url: "/status/405", init: { method: "DELETE" } },
  ...[410, 418].map((code) => ({ url: `/status/${code}` })),
  {
    url: "/status/422",
    init: { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"email":"a@b.c"}' },
  },
  ...[429, 499, 500, 502, 503, 504, 599].map((code) => ({ url: `/status/${code}` })),
  { url: config.corsUrl },
  { url: config.refusedUrl },
  { url: "/slow", abortAfterMs: 100 },
  { url: "/ads/banner.js" },
];

async function send({ url, init = {}, abortAfterMs }) {
  const controller = new AbortController();
  if (abortAfterMs) setTimeout(() => controller.abort(), abortAfterMs);
  try {
    const response = await fetch(url, { ...init, signal: controller.signal });
    await response.arrayBuffer();
    return `${response.status} ${init.method ?? "GET"} ${url}`;
  } catch (error) {
    return { failed: `${error.name} ${init.method ?? "GET"} ${url}` };
  }
}

function openWebSocket() {
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://${location.host}/ws`);
    socket.onmessage = () => resolve("101 websocket");
    socket.onerror = () => resolve({ failed: "websocket error" });
    // Firefox may report the server's close before its one message: the handshake's 101 still happened.
    socket.onclose = () => resolve("101 websocket");
  });
}

async function run() {
  const list = document.getElementById("results");
  const state = document.getElementById("state");
  state.textContent = "sending…";
  list.replaceChildren();
  for (const outcome of [await openWebSocket(), ...(await sequence())]) {
    const item = document.createElement("li");
    item.textContent = typeof outcome === "string" ? outcome : outcome.failed;
    if (typeof outcome !== "string") item.className = "failed";
    list.append(item);
  }
  state.textContent = `done: ${list.children.length} requests`;
  document.body.dataset.demo = "done";
}

async function sequence() {
  const outcomes = [];
  for (const step of PLAN) outcomes.push(await send(step));
  return outcomes;
}

document.getElementById("again").addEventListener("click", run);
run();
