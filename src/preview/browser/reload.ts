// While previewing (npm start): when a save breaks the content, the page reloads into the list of problems; on that
// list, or on a page that lists values still to fill in, any later build reloads it too, back into the page.
const listing = document.querySelector("[data-preview]") !== null;

const socket = new WebSocket(`${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}`);
socket.addEventListener("message", (event: MessageEvent<unknown>) => {
  let type: unknown;
  try {
    type = (JSON.parse(String(event.data)) as { type?: unknown }).type;
  } catch {
    return;
  }
  if (type === "eleventy.error" || (type === "eleventy.reload" && listing)) location.reload();
});
