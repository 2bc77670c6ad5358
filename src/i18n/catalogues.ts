// Every string the interface prints, one catalogue per language. English is the default and the reference: the
// others are typed against it (src/i18n/translation.ts). Components read the page's catalogue with useStrings();
// page templates read it as data.strings.
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { en } from "./en/index.ts";
import { es } from "./es/index.ts";
import { fr } from "./fr/index.ts";
import { pt } from "./pt/index.ts";
import type { LanguageCode as InterfaceLanguage } from "../schema/languages.ts";

export type Catalogue = typeof en;

export const CATALOGUES = { en, es, fr, pt } as const satisfies Record<string, Catalogue>;

/** Every language with an interface has a catalogue, and no catalogue lacks a language (src/schema/languages.ts). */
export type LanguageCode = keyof typeof CATALOGUES;
const sameLanguages: [LanguageCode, InterfaceLanguage] extends [InterfaceLanguage, LanguageCode] ? true : never = true;
void sameLanguages;

/** The catalogue of the page being rendered; English until a page says otherwise. */
export const StringsContext = createContext<Catalogue>(en);

export const useStrings = (): Catalogue => useContext(StringsContext);

/** The language of the page being rendered, from its catalogue. */
export const useLanguage = (): LanguageCode => {
  const strings = useStrings();
  return (Object.keys(CATALOGUES) as LanguageCode[]).find((code) => CATALOGUES[code] === strings) ?? "en";
};
