// While previewing (npm start): when a save breaks the content, the page reloads into the list of problems; on that
// list, or on a page that lists values still to fill in, any later build reloads it too, back into the page. A page
// served while a build was ending can miss the message that says so: once listening, it asks which build the preview
// is at, and reloads if it was served at an earlier one.
import { PREVIEW_SCRIPT, PREVIEW_VERSION } from "../addresses.ts";

const listing = document.querySelector("[data-preview]") !== null;
const servedAt = document.querySelector<HTMLScriptElement>(`script[src="${PREVIEW_SCRIPT}"]`)?.dataset.version;

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
socket.addEventListener("open", () => {
  void fetch(PREVIEW_VERSION, { cache: "no-store" })
    .then((response) => (response.ok ? response.text() : servedAt))
    .then((now) => {
      if (servedAt !== undefined && now !== servedAt) location.reload();
    })
    .catch(() => undefined);
});
