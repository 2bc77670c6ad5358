// How values read for people: counts with their noun, file sizes, and country and language names from their ISO
// codes (the runtime's own CLDR data), in English unless a locale is given. Editors' messages, pages and feeds share them.
const displayNames = new Map<string, Intl.DisplayNames>();

/** One Intl.DisplayNames per locale and kind, made on first use. */
function namesOf(locale: string, type: "region" | "language"): Intl.DisplayNames {
  const key = `${type}:${locale}`;
  let names = displayNames.get(key);
  if (!names) displayNames.set(key, (names = new Intl.DisplayNames([locale], { type })));
  return names;
}

/** "1 problem", "3 problems"; "1 person", "2 people" when the plural is given. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/** "1.2 MB", for visitors deciding whether to download on a slow link. */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function countryName(code: string, locale = "en"): string {
  return namesOf(locale, "region").of(code) ?? code;
}

export function languageName(code: string, locale = "en"): string {
  return namesOf(locale, "language").of(code) ?? code;
}

/** Where something is, for people: a country name, or the region a regional network covers. */
export function placeName(place: { country?: string | undefined; region?: string | undefined }, locale = "en"): string {
  return place.country ? countryName(place.country, locale) : (place.region ?? "");
}

/** Alphabetical order as English readers expect it, ignoring accents and case. */
export const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true }).compare;

/** Alphabetical order as readers of a language expect it. */
export const byNameIn = (locale: string) => new Intl.Collator(locale, { sensitivity: "base", numeric: true }).compare;
