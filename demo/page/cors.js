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

const imageBase = config.preflightUrl.replace("/preflight/", "/image/");
const results = [
  await put("ok"),
  await put("denied"),
  await image(`${imageBase.replace("127.0.0.1", "localhost")}csp`),
  await image(`${imageBase}corp`),
];
state.textContent = results.join(", ");
document.body.dataset.app = "ready";
