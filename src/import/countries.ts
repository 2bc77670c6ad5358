// Country names and codes as the old site wrote them: "Spain", "Trinidad & Tobago", "UK", or a code passed to an
// include such as country="es". Names come from i18n-iso-countries; the aliases are spellings it does not know.
// The library without its Node entry, which loads every one of its 80 languages (942 KB of a check); the few used are registered.
import countries from "i18n-iso-countries/index.js";
import english from "i18n-iso-countries/langs/en.json" with { type: "json" };

countries.registerLocale(english);

const ALIASES: Record<string, string> = {
  scotland: "GB",
  wales: "GB",
  england: "GB",
  "northern ireland": "GB",
  uk: "GB",
  "united kingdom": "GB",
  "united-state": "US",
  usa: "US",
  luxemburg: "LU",
  "trinidad & tobago": "TT",
  "chinese taipei": "TW",
  taiwan: "TW",
  "south-africa": "ZA",
  croacia: "HR",
  danmark: "DK",
};
/** Codes that are not ISO 3166 but mean a country: the United Kingdom's top-level domain. */
const CODE_ALIASES: Record<string, string> = { uk: "GB" };

/** The ISO code of a country's name, in any of its English spellings, or undefined. */
export function codeOfCountry(name: string): string | undefined {
  const key = name
    .trim()
    .replace(/^the\s+/i, "")
    .toLowerCase();
  if (!key) return undefined;
  const plain = key.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const titled = plain.replace(/\b\w/g, (character) => character.toUpperCase());
  return ALIASES[key] ?? ALIASES[plain] ?? countries.getAlpha2Code(name.trim(), "en") ?? countries.getAlpha2Code(titled, "en") ?? undefined;
}

/** An include's two-letter code, such as "es" or "uk"; a variant such as "fr2" reads as its country and says so. */
export function countryFromCode(code: string): { code: string; variant: boolean } | undefined {
  const letters = /^([a-z]{2})(\d*)$/i.exec(code.trim());
  if (!letters) return undefined;
  const base = letters[1]!.toLowerCase();
  const iso = CODE_ALIASES[base] ?? (countries.isValid(base.toUpperCase()) ? base.toUpperCase() : undefined);
  return iso ? { code: iso, variant: letters[2] !== "" } : undefined;
}

export function countryName(code: string): string {
  return countries.getName(code, "en") ?? code;
}

export interface CountryMention {
  code: string;
  name: string;
  index: number;
}

/** Every English country name, longest first, so "Costa Rica" is found before a shorter name inside it. */
const NAMES = [
  ...new Set(
    [
      ...Object.values(countries.getNames("en", { select: "all" })).flat(),
      ...Object.keys(ALIASES).map((alias) => alias.replace(/\b\w/g, (c) => c.toUpperCase())),
    ]
      // Two-letter and dotted forms ("US", "U.S.") are words too often to count as countries in prose.
      .filter((name) => name.length > 3 && !name.includes(".") && !name.includes(",") && !name.includes("("))
      .concat(["UK", "USA"]),
  ),
].sort((a, b) => b.length - a.length);
const PATTERN = new RegExp(`(?<![\\p{L}-])(?:${NAMES.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}-])`, "gu");

/**
 * The countries a text names. The platform's own name ("Atlas of Living Australia", "Atlas of Living France") names a
 * portal, not a place, so a country inside it does not count.
 */
export function countriesIn(text: string): CountryMention[] {
  const found: CountryMention[] = [];
  for (const match of text.matchAll(PATTERN)) {
    if (/Atlas of Living\s+$/i.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    const code = codeOfCountry(match[0]);
    if (code) found.push({ code, name: match[0], index: match.index });
  }
  return found;
}
