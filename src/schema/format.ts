// How values read for people, in English: counts with their noun, file sizes, and country and language names from
// their ISO codes (the runtime's own CLDR data). Editors' messages, pages and feeds share them.
const countryNames = new Intl.DisplayNames(["en"], { type: "region" });
const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** "1 problem", "3 problems"; "1 person", "2 people" when the plural is given. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/** "1.2 MB", for visitors deciding whether to download on a slow link. */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function countryName(code: string): string {
  return countryNames.of(code) ?? code;
}

export function languageName(code: string): string {
  return languageNames.of(code) ?? code;
}

/** Where something is, for people: a country name, or the region a regional network covers. */
export function placeName(place: { country?: string | undefined; region?: string | undefined }): string {
  return place.country ? countryName(place.country) : (place.region ?? "");
}

/** Alphabetical order as English readers expect it, ignoring accents and case. */
export const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true }).compare;
