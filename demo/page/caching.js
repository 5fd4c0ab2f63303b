// Fetches each /cache/ route once and lists its Cache-Control; "?again" fetches each twice, so the second may come from the cache.
const NAMES = ["asset.3f9a1c.js", "article", "profile", "report.pdf", "promo-banner", "slow-clock", "cart"];
const results = document.getElementById("results");
const state = document.getElementById("state");

async function load(name) {
  const headers = name === "profile" ? { Authorization: "Bearer demo-token" } : {};
  const response = await fetch(`/cache/${name}`, { headers });
  await response.text();
  const item = document.createElement("li");
  item.textContent = `${name}: ${response.status} ${response.headers.get("cache-control") ?? "(no Cache-Control)"}`;
  results.append(item);
}

for (const name of NAMES) await load(name);
if (new URLSearchParams(location.search).has("again")) for (const name of NAMES) await load(name);
state.textContent = "done";
document.body.dataset.demo = "done";
