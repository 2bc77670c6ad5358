// Country codes, and the code an editor most likely meant when they wrote a country's name instead.
// The library without its Node entry, which loads every one of its 80 languages (942 KB of a check); the few used are registered.
import countries from "i18n-iso-countries/index.js";
import english from "i18n-iso-countries/langs/en.json" with { type: "json" };
import french from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import portuguese from "i18n-iso-countries/langs/pt.json" with { type: "json" };
import spanish from "i18n-iso-countries/langs/es.json" with { type: "json" };

// The community's languages: an editor may write "España", "Brasil" or "Bénin".
const LANGUAGES = [english, spanish, french, portuguese];
for (const language of LANGUAGES) countries.registerLocale(language);

/** Names that are not countries but stand for one, as editors write them. */
const ALSO_CALLED: Record<string, string> = { england: "GB", scotland: "GB", wales: "GB", "northern ireland": "GB", holland: "NL", korea: "KR" };

export const isCountryCode = (code: string) => /^[A-Z]{2}$/.test(code) && countries.isValid(code);

/** The two-letter code meant by a lower-case code, a three-letter code, or a country's name in one of the community's languages. */
export function guessCountryCode(written: string): string | undefined {
  const value = written.trim();
  if (isCountryCode(value.toUpperCase())) return value.toUpperCase();
  if (/^[A-Za-z]{3}$/.test(value)) {
    const code = countries.alpha3ToAlpha2(value.toUpperCase());
    if (code) return code;
  }
  const plain = (text: string) =>
    text
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .toLowerCase();
  const alias = ALSO_CALLED[plain(value)];
  if (alias) return alias;
  for (const { locale } of LANGUAGES) {
    const code = countries.getAlpha2Code(value, locale) ?? countries.getSimpleAlpha2Code(value, locale);
    if (code) return code;
  }
  // Without accents: "Espana", "Benin", "Peru".
  for (const { locale } of LANGUAGES) {
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: "all" }))) {
      if (names.some((name) => plain(name) === plain(value))) return code;
    }
  }
  return undefined;
}
