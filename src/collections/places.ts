// Names of countries and languages from their ISO codes, in English, from the runtime's own CLDR data.
const countryNames = new Intl.DisplayNames(["en"], { type: "region" });
const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

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
