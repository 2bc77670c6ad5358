// A city the site already knows lies in one country: an event's location copied from another event and given the
// wrong country code ("Madrid" with PT) is found by comparing it with every other event held in that city.
import { show } from "../schema/fields.ts";
import type { Problem } from "./problems.ts";

interface CitySighting {
  file: string;
  /** Looked up only for a problem: finding positions costs more than the check. */
  line: () => number;
  city: string;
  country: string;
}

/** "Bogotá", "bogota" and " BOGOTÁ " are one city. */
const cityKey = (city: string) => city.normalize("NFKD").replace(/\p{M}/gu, "").trim().toLowerCase().replace(/\s+/g, " ");

/** Each sighting whose country differs from the one most other events in its city give; a tie names no culprit. */
export function cityCountryProblems(sightings: readonly CitySighting[]): Problem[] {
  const byCity = new Map<string, CitySighting[]>();
  for (const sighting of sightings) byCity.set(cityKey(sighting.city), [...(byCity.get(cityKey(sighting.city)) ?? []), sighting]);
  const problems: Problem[] = [];
  for (const group of byCity.values()) {
    const counts = new Map<string, number>();
    for (const { country } of group) counts.set(country, (counts.get(country) ?? 0) + 1);
    if (counts.size < 2) continue;
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const [usual, times] = ranked[0]!;
    const tie = ranked[1]![1] === times;
    for (const { file, line, city, country } of group) {
      if (country === usual && !tie) continue;
      const others = group.filter((other) => other.country !== country);
      const given = [...new Set(others.map((other) => other.country))].sort().join(" or ");
      const where = others.length === 1 ? `${others[0]!.file} gives` : `${others.length} other events give`;
      problems.push({
        file,
        line: line(),
        field: "location.country",
        message: `${show(country)} differs from the country of ${city} elsewhere: ${where} ${given} (expected ${given}, or the city's fuller name if this is another ${city})`,
      });
    }
  }
  return problems;
}
