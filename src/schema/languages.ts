// The languages the site can be published in: the ones src/i18n/ holds an interface catalogue for. _data/site.yaml
// lists which of them the site uses; the first listed is the language content files are written in.
import { z } from "zod";
import { fields, list, oneOf, show, text } from "./fields.ts";

/** Languages with an interface catalogue in src/i18n/ (checked there: a catalogue per code, and no other). */
export const INTERFACE_LANGUAGES = ["en", "es", "fr", "pt"] as const;
export type LanguageCode = (typeof INTERFACE_LANGUAGES)[number];

/** Which way a language's script runs; the page's dir attribute. */
const DIRECTIONS = ["ltr", "rtl"] as const;

const languageFields = fields({
  code: oneOf(INTERFACE_LANGUAGES, "language with an interface catalogue in src/i18n/"),
  /** The language's name in itself, as the language switcher shows it: Español, Français. */
  name: text({ max: 40, expected: "the language's name in that language, such as Español" }),
  direction: oneOf(DIRECTIONS, "text direction"),
  /** The site's description in this language, for the home page and link previews; the default language's is site.yaml's description. */
  description: text({ max: 300, multiline: true }).optional(),
});

export type Language = z.infer<typeof languageFields>;

/** English only: a site.yaml without a languages list. */
export const DEFAULT_LANGUAGES: readonly Language[] = [{ code: "en", name: "English", direction: "ltr" }];

export function languageList() {
  return list(languageFields, "languages, the language content is written in first", { min: 1 }).superRefine((languages, context) => {
    const seen = new Set<string>();
    languages.forEach((language, index) => {
      if (seen.has(language.code)) {
        context.addIssue({ code: "custom", path: [index, "code"], message: `${show(language.code)} is listed twice (expected each language once)` });
      }
      seen.add(language.code);
    });
    if (languages[0]?.description !== undefined) {
      context.addIssue({
        code: "custom",
        path: [0, "description"],
        message:
          "is given for the language content is written in (expected it only on the other languages: this one's is the description at the top of the file)",
      });
    }
    if (languages[0] && languages[0].code !== "en") {
      context.addIssue({
        code: "custom",
        path: [0, "code"],
        message: `${show(languages[0].code)} is listed first, but content files are written in English (expected en first)`,
      });
    }
  });
}

/** A translation's file name: the original's name with the language code before .md, such as about.es.md. */
export const TRANSLATION_FILE = /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.md$/;
