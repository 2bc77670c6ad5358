// A popup's content built node by node: every value from the data becomes text, never markup.
import type { MapInstallation } from "../payload.ts";
import { fill, type MapStrings } from "./strings.ts";

const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

function fact(list: HTMLDListElement, label: string, value: string): void {
  const term = document.createElement("dt");
  term.textContent = label;
  const description = document.createElement("dd");
  description.textContent = value;
  list.append(term, description);
}

export function popupContent(installation: MapInstallation, strings: MapStrings["popup"]): HTMLElement {
  const container = document.createElement("div");
  container.className = "map-popup";
  const title = document.createElement("h3");
  title.className = "map-popup__title";
  title.textContent = installation.name;
  const facts = document.createElement("dl");
  fact(facts, strings.where, installation.place);
  fact(facts, strings.status, installation.statusLabel);
  if (installation.launched !== null) fact(facts, strings.launched, String(installation.launched));
  if (installation.languages.length > 0) fact(facts, strings.languages, installation.languages.join(", "));
  container.append(title, facts);
  const links = document.createElement("p");
  links.className = "map-popup__links";
  if (installation.url && isWebAddress(installation.url)) {
    const portal = document.createElement("a");
    portal.href = installation.url;
    portal.textContent = strings.portal;
    links.append(portal);
  }
  if (installation.partner && installation.partner.url.startsWith("/")) {
    const partner = document.createElement("a");
    partner.href = installation.partner.url;
    partner.textContent = fill(strings.partner, { partner: installation.partner.name });
    links.append(partner);
  }
  if (links.childElementCount > 0) container.append(links);
  return container;
}
