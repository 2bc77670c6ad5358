// What the feeds, calendars and sitemap give in a language: the records really translated into it, at their page in
// that language. A page that only stands in for an untranslated original is not one of them (noindex, no hreflang).
import type { Localized } from "../collections/localized.ts";
import { localPath } from "../routes.ts";

type Record = Localized<{ url: string }>;

/** Whether a record reads in its page's language: the original, or a current or outdated translation. */
export const isTranslated = ({ localization }: Record): boolean => localization.state !== "missing";

/** A record's address in its page's language where it is translated; the original's where that page only stands in for it. */
export const translatedAddress = (record: Record, original: string): string =>
  isTranslated(record) ? localPath(record.url, record.localization.language, original) : record.url;
