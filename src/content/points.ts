// Whether a portal's point lies in its country, judged against Natural Earth's 1:50m outlines (world-atlas), the
// same source as the map's outlines at a finer scale. A point just off the outline (a coast, a small island the
// outline leaves out) is accepted; one in the ocean or in another country is described with its distance.
import { createRequire } from "node:module";
// The library without its Node entry, which loads every one of its 80 languages (942 KB of a check); the few used are registered.
import countries from "i18n-iso-countries/index.js";
import { countryName } from "../schema/format.ts";
import { feature } from "topojson-client";
import { KeptAnswers } from "./kept.ts";

/** How far outside its country's outline a point may lie: coasts, islands and approximate city points. */
const TOLERANCE_KM = 60;

type Ring = Array<[number, number]>;
interface Country {
  code: string;
  name: string;
  /** Polygons, each an outer ring followed by its holes, in [longitude, latitude]. */
  polygons: Ring[][];
}

type Topology = Parameters<typeof feature>[0];
type Geometry = { type: string; id?: string | number; arcs?: unknown };

let topology: { shapes: Topology; byCode: Map<string, Geometry[]> } | undefined;
const converted = new Map<string, Country>();

/** The outlines' topology, read once; a country's rings are worked out only when a point is checked against it. */
function read(): NonNullable<typeof topology> {
  if (topology) return topology;
  const require = createRequire(import.meta.url);
  const shapes = require("world-atlas/countries-50m.json") as Topology;
  const byCode = new Map<string, Geometry[]>();
  const collection = shapes.objects.countries as unknown as { geometries: Geometry[] };
  for (const geometry of collection.geometries) {
    const code = countries.numericToAlpha2(String(geometry.id));
    // Natural Earth draws some territories apart under their country's number (Australia's Ashmore and Cartier Islands).
    if (code) byCode.set(code, [...(byCode.get(code) ?? []), geometry]);
  }
  topology = { shapes, byCode };
  return topology;
}

/** A country's outline by its two-letter code, or undefined when Natural Earth does not draw it. */
function outline(code: string): Country | undefined {
  const known = converted.get(code);
  if (known) return known;
  const { shapes, byCode } = read();
  const geometries = byCode.get(code);
  if (!geometries) return undefined;
  const polygons = geometries.flatMap((geometry) => {
    const shape = (feature(shapes, geometry as never) as unknown as { geometry: { type: string; coordinates: unknown } }).geometry;
    return shape.type === "Polygon" ? [shape.coordinates as Ring[]] : shape.type === "MultiPolygon" ? (shape.coordinates as Ring[][]) : [];
  });
  const country = { code, name: countryName(code), polygons };
  converted.set(code, country);
  return country;
}

/** Every drawn country, for naming the one a stray point lies in. */
const allOutlines = () => [...read().byCode.keys()].sort().map((code) => outline(code)!);

function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const contains = (country: Country, lon: number, lat: number) => country.polygons.some(([outer, ...holes]) => inRing(lon, lat, outer!) && !holes.some((hole) => inRing(lon, lat, hole)));

/** Great-circle distance in kilometres. */
function kilometres(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const radians = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * radians) / 2) ** 2 + Math.cos(lat1 * radians) * Math.cos(lat2 * radians) * Math.sin(((lon2 - lon1) * radians) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The distance from a point to the nearest corner of a country's outline: exact enough to tell a coast from an ocean. */
const distanceTo = (country: Country, lon: number, lat: number) =>
  Math.min(...country.polygons.flatMap((rings) => rings.flatMap((ring) => ring.map(([x, y]) => kilometres(lon, lat, x, y)))));

/** The usual slips, tried in turn: latitude and longitude swapped, or a minus sign lost or added. */
function likelyMistake(home: Country, lat: number, lon: number): string {
  const fits = (y: number, x: number) => Math.abs(y) <= 90 && contains(home, x, y);
  for (const [y, x] of [[lon, lat], [-lon, lat], [lon, -lat], [-lon, -lat]] as const) if (fits(y, x)) return "; are latitude and longitude swapped?";
  for (const [y, x] of [[-lat, lon], [lat, -lon], [-lat, -lon]] as const) if (fits(y, x)) return "; is a minus sign missing or extra?";
  return "";
}

/** Each point's verdict, kept between runs: reading the outlines and tracing a country's takes a fifth of a check. */
const verdicts = new KeptAnswers<string | null>("point-checks");

/** What is wrong with a point given for a country, or undefined when it lies in it or close enough. */
export function pointProblem(root: string, country: string, lat: number, lon: number): string | undefined {
  return verdicts.get(root, JSON.stringify([country, lat, lon]), () => judgePoint(country, lat, lon) ?? null) ?? undefined;
}

function judgePoint(country: string, lat: number, lon: number): string | undefined {
  const home = outline(country);
  // A country Natural Earth does not draw cannot be checked; Antarctica's outline wraps the pole, so its test is latitude.
  if (!home || (country === "AQ" ? lat < -60 : contains(home, lon, lat) || distanceTo(home, lon, lat) <= TOLERANCE_KM)) return undefined;
  const away = Math.round(distanceTo(home, lon, lat) / 100) * 100;
  const elsewhere = allOutlines().find((other) => other !== home && contains(other, lon, lat));
  const where = elsewhere ? `in ${elsewhere.name}` : "in the ocean";
  const distance = away >= 100 ? `${away.toLocaleString("en")} km` : "less than 100 km";
  return `${lat}, ${lon} lies ${where}, ${distance} from ${home.name} (expected a point in ${country}${likelyMistake(home, lat, lon)})`;
}
