// The map's interface strings in the page's language: the server renders them as JSON into the map's data-strings
// attribute (src/map/MapView.tsx), so this code holds no text of its own.
import type { map } from "../../i18n/en/map.ts";

export type MapStrings = (typeof map)["browser"];

export function mapStrings(element: HTMLElement): MapStrings {
  return JSON.parse(element.dataset.strings ?? "{}") as MapStrings;
}

/** The template with each {name} replaced by its value; a placeholder without a value stays as it is. */
export function fill<Name extends string>(template: string, values: Record<Name, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name as Name]) : placeholder));
}

/** "one" or "other" form of a sentence for `count`, by the plural rules of the page's language. */
export function countForm(forms: { one: string; other: string }, count: number): string {
  return new Intl.PluralRules(document.documentElement.lang || undefined).select(count) === "one" ? forms.one : forms.other;
}
