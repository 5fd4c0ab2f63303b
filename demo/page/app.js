// An app written the usual way: `if (!r.ok) showError()`, bodies of failures never read.
// Query options: ?parallel=N adds N identical fetches at once; ?burst=N makes N fetches, at most ?inflight=M at once;
// ?route=1 then moves to another view with history.pushState, as single-page apps do, and loads its data.
const params = new URLSearchParams(location.search);
const errors = document.getElementById("errors");
const state = document.getElementById("state");

function showError(path, response) {
  const item = document.createElement("li");
  item.textContent = `${path}: ${response.status}`;
  errors.append(item);
}

async function call(path) {
  const response = await fetch(path);
  if (!response.ok) showError(path, response);
  return response;
}

async function burst(total, inflight) {
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      try {
        // Read each body: with about 16,000 unread responses outstanding, Chromium 156 loses the page (renderer gone).
        await (await fetch(`/api/item?i=${i}`)).arrayBuffer();
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(inflight, total) }, worker));
  return failed;
}

async function main() {
  const user = await call("/api/user");
  await user.json();
  // The usual dashboard: several calls at once, only ok answers used.
  await Promise.all(["/api/orders", "/api/missing", "/api/avatar", "/api/report", "/api/search"].map(call));
  new EventSource("/api/events");
  new WebSocket(`ws://${location.host}/ws-open`);
  fetch("/api/hang").catch(() => {});
  const parallel = Number(params.get("parallel") ?? 0);
  // Bodies read, so these finish: what they show is whether identical requests started together stay apart.
  if (parallel > 0)
    await Promise.all(Array.from({ length: parallel }, async () => (await fetch("/api/same")).text()));
  const total = Number(params.get("burst") ?? 0);
  const failed = total > 0 ? await burst(total, Number(params.get("inflight") ?? 200)) : 0;
  if (params.has("route")) {
    history.pushState({}, "", "/app?view=orders");
    await call("/api/orders");
  }
  state.textContent = `ready${failed ? `, ${failed} burst fetches failed` : ""}`;
  document.body.dataset.app = "ready";
}

main();
