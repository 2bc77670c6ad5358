// Status symbols drawn as SVG elements, from the same shapes and colours as the legend.
import type { InstallationStatus } from "../../schema/installation-statuses.ts";
import { STATUS_SYMBOLS, SYMBOL_OUTLINE } from "../statuses.ts";

const SVG = "http://www.w3.org/2000/svg";

export function statusSymbol(status: InstallationStatus, size: number): SVGSVGElement {
  const symbol = STATUS_SYMBOLS[status];
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 20 20");
  svg.setAttribute("width", String(size));
  svg.setAttribute("height", String(size));
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", symbol.path);
  path.setAttribute("fill", symbol.fill);
  path.setAttribute("fill-rule", "evenodd");
  path.setAttribute("stroke", SYMBOL_OUTLINE.stroke);
  path.setAttribute("stroke-width", String(SYMBOL_OUTLINE.width));
  svg.append(path);
  return svg;
}
