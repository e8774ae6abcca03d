// A host page: embeds the editor given by ?app=, records its messages, and sends it some.
const app = new URL(new URLSearchParams(location.search).get("app"));
const frame = document.getElementById("editor");
frame.src = new URL("?embed=1", app).href;
window.received = [];
window.addEventListener("message", (event) => {
  if (event.origin === app.origin) window.received.push(event.data);
});
window.sendToEditor = (message) => frame.contentWindow.postMessage(message, app.origin);
