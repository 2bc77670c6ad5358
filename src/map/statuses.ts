// How each installation status looks on the map and in its legend, and which statuses the map shows at first: a colour and a shape,
// so that status never depends on colour alone. Shared by the server-rendered legend and the browser markers.
import type { InstallationStatus } from "../schema/installation-statuses.ts";

/** The shapes of the status symbols; each is named in the legend's text alternative (map.shapes in src/i18n/). */
export type SymbolShape = "circle" | "square" | "diamond" | "triangle" | "ring" | "cross";

export interface StatusSymbol {
  /** SVG path in a 20 × 20 box. */
  path: string;
  fill: string;
  shape: SymbolShape;
}

export const STATUS_SYMBOLS: Record<InstallationStatus, StatusSymbol> = {
  live: { path: "M10 2.5a7.5 7.5 0 1 1 0 15a7.5 7.5 0 1 1 0-15z", fill: "#1b7a4f", shape: "circle" },
  "in-development": { path: "M3.5 3.5h13v13h-13z", fill: "#1d5fb4", shape: "square" },
  "in-discussion": { path: "M10 1.5l8.5 8.5-8.5 8.5-8.5-8.5z", fill: "#7145c2", shape: "diamond" },
  offline: { path: "M10 2.5l8.5 15h-17z", fill: "#5f6670", shape: "triangle" },
  moved: { path: "M10 2.5a7.5 7.5 0 1 1 0 15a7.5 7.5 0 1 1 0-15zm0 4.5a3 3 0 1 0 0 6a3 3 0 1 0 0-6z", fill: "#a4510c", shape: "ring" },
  discontinued: { path: "M4.5 2l5.5 5.5 5.5-5.5 2.5 2.5-5.5 5.5 5.5 5.5-2.5 2.5-5.5-5.5-5.5 5.5-2.5-2.5 5.5-5.5-5.5-5.5z", fill: "#a3262a", shape: "cross" },
};

/** The outline that keeps every symbol visible on land, sea, light and dark backgrounds. */
export const SYMBOL_OUTLINE = { stroke: "#ffffff", width: 1.5 };

/** The statuses shown when a visitor first opens the map. */
export const DEFAULT_STATUSES: readonly InstallationStatus[] = ["live", "in-development"];
