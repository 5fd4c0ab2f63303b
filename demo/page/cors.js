// Two cross-origin PUTs with a JSON body: each needs a CORS preflight (a method and a header outside the safelist).
const config = JSON.parse(document.querySelector('meta[name="demo-config"]').content);
const state = document.getElementById("state");

async function put(path) {
  try {
    const response = await fetch(config.preflightUrl + path, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: "demo" }),
    });
    return `${path}: ${response.status}`;
  } catch {
    return `${path}: blocked`;
  }
}

const results = [await put("ok"), await put("denied")];
state.textContent = results.join(", ");
document.body.dataset.app = "ready";
