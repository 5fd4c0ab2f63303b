import browser from "webextension-polyfill";

// The devtools page lives as long as DevTools is open; its only job is to add the panel.
void browser.devtools.panels.create("Status", "/icons/status-lens-32.png", "/src/panel/panel.html");
