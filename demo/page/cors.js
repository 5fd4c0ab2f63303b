// Cross-origin requests to the demo's second server: two JSON PUTs that each need a CORS preflight (one allowed,
// one refused), two blocked images, then one request per CORS rule (demo/cors-reasons.js), each breaking that rule.
const config = JSON.parse(document.querySelector('meta[name="demo-config"]').content);
const state = document.getElementById("state");

/** Sends a request and says how it ended: its status, or "blocked" when the browser gave the page nothing. */
async function send(url, init) {
  try {
    const response = await fetch(url, init);
    // Read the body: DevTools never finishes a response whose body nobody read.
    await response.text();
    return `${url.split("/").pop()}: ${response.status}`;
  } catch {
    return `${url.split("/").pop()}: blocked`;
  }
}

const put = (path) =>
  send(config.preflightUrl + path, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name: "demo" }),
  });

/** Loads an image and says whether it arrived; both of the page's images are blocked, each for its own reason. */
function image(url) {
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve(`${url}: loaded`);
    img.onerror = () => resolve(`${url}: blocked`);
    img.src = url;
    document.body.append(img);
  });
}

// A cookie for this host: credentialed requests to the other port (same site) carry it, so the log shows them.
// biome-ignore lint/suspicious/noDocumentCookie: the demo needs a plain cookie for its credentialed CORS cases.
document.cookie = "demo_session=1; SameSite=Lax; path=/";
const withCookies = { credentials: "include" };
const jsonPut = { method: "PUT", headers: { "Content-Type": "application/json" }, body: "{}" };
// Each request breaks the rule its route is named after (none for "allowed").
const REASONS = [
  ["allowed", {}],
  ["no-allow-origin", {}],
  ["other-origin", {}],
  ["trailing-slash", {}],
  ["null-origin", {}],
  ["two-origins", {}],
  ["wildcard-credentials", withCookies],
  ["credentials-not-allowed", withCookies],
  ["preflight-status", jsonPut],
  ["preflight-redirect", jsonPut],
  ["preflight-no-allow-origin", jsonPut],
  ["method-not-allowed", { method: "PUT", body: "plain text" }],
  ["header-not-allowed", { headers: { "X-Request-Id": "demo-1" } }],
  ["authorization-wildcard", { headers: { Authorization: "Bearer demo-token" } }],
];

const imageBase = config.preflightUrl.replace("/preflight/", "/image/");
const results = [
  await put("ok"),
  await put("denied"),
  await image(`${imageBase.replace("127.0.0.1", "localhost")}csp`),
  await image(`${imageBase}corp`),
];
for (const [name, init] of REASONS) results.push(await send(config.reasonUrl + name, init));
state.textContent = results.join(", ");
document.body.dataset.app = "ready";
