// Country outlines from TopoJSON, with rings that cross the antimeridian kept continuous,
// so Leaflet does not draw a line across the whole world for Fiji, Russia or Antarctica.
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";

function unwrap(ring: Position[]): Position[] {
  let shift = 0;
  return ring.map(([lon, lat], index) => {
    const previous = ring[index - 1];
    if (previous && lon !== undefined && previous[0] !== undefined) {
      if (lon - previous[0] > 180) shift -= 360;
      else if (previous[0] - lon > 180) shift += 360;
    }
    return [(lon ?? 0) + shift, lat ?? 0];
  });
}

function unwrapGeometry(geometry: Geometry): Geometry {
  if (geometry.type === "Polygon") return { ...geometry, coordinates: geometry.coordinates.map(unwrap) };
  if (geometry.type === "MultiPolygon") return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrap)) };
  return geometry;
}

export function countryOutlines(topology: Topology<{ countries: GeometryCollection }>): FeatureCollection {
  const collection = feature(topology, topology.objects.countries) as FeatureCollection;
  return { ...collection, features: collection.features.map((country: Feature) => ({ ...country, geometry: unwrapGeometry(country.geometry) })) };
}
