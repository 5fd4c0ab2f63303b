// Fetches every hostile answer (demo/hostile-routes.js) one after another, reading each body so it finishes.
const config = JSON.parse(document.querySelector('meta[name="demo-config"]').content);
const state = document.getElementById("state");

const results = [];
for (const path of config.hostilePaths) {
  try {
    const response = await fetch(config.hostileUrl + path);
    await response.text();
    results.push(`${response.status}`);
  } catch {
    results.push("failed");
  }
}
state.textContent = results.join(", ");
document.body.dataset.demo = "done";
