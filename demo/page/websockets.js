// Opens one WebSocket per way of closing and lists each CloseEvent as the page saw it.
const SOCKETS = [
  { path: "/ws-echo", clientClose: [1000, "done"] },
  { path: "/ws-close/1001?reason=server restarting" },
  { path: "/ws-close/1008?reason=token expired" },
  { path: "/ws-close/1011?reason=database unavailable" },
  { path: "/ws-close/4000?reason=room closed" },
  // 1005 may never be sent (RFC 6455 §7.4.1): Chromium fails the socket and the page sees 1006.
  { path: "/ws-close/1005" },
  { path: "/ws-drop" },
  { path: "/ws-refuse" },
];

function openAndClose({ path, clientClose }) {
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://${location.host}${path}`);
    socket.onopen = () => socket.send("hello from the page");
    socket.onmessage = (event) => {
      if (clientClose && event.data === "hello from the page") socket.close(...clientClose);
    };
    socket.onclose = (event) =>
      resolve(`${path}: code ${event.code}, reason "${event.reason}", wasClean ${event.wasClean}`);
  });
}

const state = document.getElementById("state");
state.textContent = "opening…";
const outcomes = await Promise.all(SOCKETS.map(openAndClose));
const list = document.getElementById("results");
for (const outcome of outcomes) {
  const item = document.createElement("li");
  item.textContent = outcome;
  list.append(item);
}
state.textContent = `done: ${outcomes.length} sockets closed`;
document.body.dataset.demo = "done";
