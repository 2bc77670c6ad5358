// Where each event took place, read from the old site's own words: "held in Madrid (Spain)", "Stockholm, Sweden",
// "at the Real Jardin Botanico in Madrid". Cities are known from the pairs of city and country the site writes
// anywhere (its gazetteer), countries from i18n-iso-countries. Each place found says where it was read.
import ISO6391 from "iso-639-1";
import { countriesIn, codeOfCountry, countryName, type CountryMention } from "./countries.ts";
import { YEAR, type EventMentions, type Sentence } from "./mentions.ts";
import type { OldDocument } from "./site.ts";
import { textOf } from "./values.ts";

export interface Place {
  /** Unknown for some events: the page names only the country. */
  city?: string;
  country: string;
  venue?: string;
}

interface Located {
  place?: Place;
  /** What the editor should know or do: where the place was read, or what is missing. */
  note: string;
}

const CONNECTOR = "(?:de|del|da|do|dos|das|la|le|of|upon|sur|am|es)";
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const CITY = `${NAME_WORD}(?:\\s+(?:${CONNECTOR}\\s+)?${NAME_WORD}){0,3}`;
const MONTHS = new Set(
  "January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" "),
);
/** Words that name an organisation or a thing, never a city, in "the Real Jardin Botanico, Madrid". */
const NOT_A_CITY =
  /\b(?:Africa|America|Americas|Asia|Europe|Oceania|Antarctica|Caribbean|Pacific|Atlantic|Atlas|Institut\w*|Universit\w*|Unversit\w*|Museum|Muséum|Node|Network|Facility|Foundation|Garden|Gardens|Jardin|Jardín|Centre|Center|Council|Ministry|Board|Meeting|Workshop|Conference|Project|Programme|Program|Portal|Data|Biodiversity|Society|Agency|Department|Office|Service|Information|Living|Photo)\b/;
const LANGUAGES = new Set(ISO6391.getAllNames());

/** A run of capitalised words that can be a city's name. */
function cityName(run: string | undefined): string | undefined {
  const name = run
    ?.trim()
    .replace(/^The\s+/, "")
    .replace(/[.,;:]+$/, "");
  if (!name || NOT_A_CITY.test(name) || /\d/.test(name) || /\b[A-Z]{2,}\b/.test(name)) return undefined;
  if (codeOfCountry(name) || MONTHS.has(name) || LANGUAGES.has(name)) return undefined;
  return name;
}

interface Candidate {
  city: string;
  country?: string;
  venue?: string;
  index: number;
  /** The city is followed or preceded by its country in the text itself. */
  paired: boolean;
}

/** Cities with their countries as written: "Madrid, Spain", "Madrid (Spain)", "in Gothenburg Sweden". */
function pairs(text: string, mentions: CountryMention[]): Candidate[] {
  const found: Candidate[] = [];
  for (const mention of mentions) {
    const before = text.slice(0, mention.index);
    // The city follows a place word ("in", "at") or a break ("2017 - ", "2015, ", "("), not "Nature and Forest, Belgium".
    const lead = "(?:^|\\b(?:in|at|near|from)\\s+|[-–(,:;|]\\s*)";
    const match =
      new RegExp(`${lead}(${CITY}),\\s*$`, "u").exec(before) ??
      new RegExp(`${lead}(${CITY})\\s*\\(\\s*$`, "u").exec(before) ??
      new RegExp(`\\b(?:in|at)\\s+(${CITY})\\s+$`, "u").exec(before);
    const run = match?.[1];
    // The run may start with words of a venue ("Real Jardin Botanico in Madrid"): the city is what follows the last "in".
    const city = cityName(run?.split(/\s+in\s+/).pop());
    if (city) found.push({ city, country: mention.code, index: mention.index, paired: true });
  }
  return found;
}

/** Sentences such as "held at the Acadia University, Wolfville, Nova Scotia" or "at the Royal Botanical Garden in Madrid". */
function venues(text: string, gazetteer: Gazetteer): Candidate[] {
  const found: Candidate[] = [];
  const held = /\b(?:held|took place|organi[sz]ed|hosted)\s+(?:[^.]*?\s)?(?:at|in)\s+(?:the\s+)?([^.;]+)/gu;
  for (const match of text.matchAll(held)) {
    const segments = match[1]!
      .split(/\s*,\s*/)
      .map((segment) => segment.trim())
      .filter(Boolean);
    const last = segments.at(-1)!;
    const lastIsCountry = codeOfCountry(last) !== undefined;
    const cityAt = lastIsCountry || segments.length >= 3 ? segments.length - 2 : segments.length - 1;
    const venueAndCity = segments[cityAt] ?? "";
    const inCity = new RegExp(`^(.+?)\\s+in\\s+(${CITY})$`, "u").exec(venueAndCity);
    const city = cityName(inCity ? inCity[2] : cityAt > 0 ? venueAndCity : undefined);
    if (!city) continue;
    const venue = (inCity ? inCity[1] : segments[0])?.replace(/^the\s+/i, "").trim();
    const country = lastIsCountry ? codeOfCountry(last) : gazetteer.country(city);
    found.push({ city, ...(country ? { country } : {}), ...(venue && NOT_A_CITY.test(venue) ? { venue } : {}), index: match.index, paired: lastIsCountry });
  }
  return found;
}

/** "in Madrid" or "Madrid 2015", for cities the site names elsewhere with their country. */
function knownCities(text: string, gazetteer: Gazetteer): Candidate[] {
  const found: Candidate[] = [];
  const named = new RegExp(`\\b(?:in|at)\\s+(?:the\\s+)?(${CITY})|(?:^|[-–(,:]\\s*)(${CITY}),?\\s+(?:[A-Z][a-z]+\\s+)?(?:19|20)\\d{2}\\b`, "gu");
  for (const match of text.matchAll(named)) {
    const city = cityName(match[1] ?? match[2]);
    const country = city ? gazetteer.country(city) : undefined;
    if (city && country) found.push({ city, country, index: match.index, paired: false });
  }
  return found;
}

/** The countries of a sentence, less those of the organisation whose page it is on ("Portugal" says nothing on GBIF Portugal's page). */
function countriesOf(sentence: Sentence): CountryMention[] {
  const organisation = sentence.document?.collection === "participants" ? textOf(sentence.document.data.institution) : "";
  const about = new Set(countriesIn(organisation).map((mention) => mention.code));
  return countriesIn(sentence.text).filter((mention) => !about.has(mention.code));
}

/** Cities and their countries as the old site writes them anywhere, and the city a sentence names with one country only. */
export class Gazetteer {
  private readonly cities = new Map<string, Map<string, number>>();

  constructor(sentences: readonly Sentence[]) {
    for (const sentence of sentences) {
      const mentions = countriesOf(sentence);
      for (const pair of pairs(sentence.text, mentions)) this.learn(pair.city, pair.country!, 2);
      const codes = new Set(mentions.map((mention) => mention.code));
      if (codes.size !== 1) continue;
      for (const match of sentence.text.matchAll(new RegExp(`\\bin\\s+(?:the\\s+)?(${CITY})`, "gu"))) {
        const city = cityName(match[1]);
        if (city) this.learn(city, [...codes][0]!, 1);
      }
    }
  }

  private learn(city: string, country: string, weight: number) {
    const counts = this.cities.get(city) ?? new Map<string, number>();
    counts.set(country, (counts.get(country) ?? 0) + weight);
    this.cities.set(city, counts);
  }

  /** The country the site most often gives this city, when one clearly leads. */
  country(city: string): string | undefined {
    const counts = [...(this.cities.get(city) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
    return counts[0] && (counts.length === 1 || counts[0][1] > counts[1]![1]) ? counts[0][0] : undefined;
  }
}

/** Places a sentence names, leaving out those its nearest year puts in another year than the event's. */
function placesIn(sentence: Sentence, years: readonly string[], gazetteer: Gazetteer): Candidate[] {
  const text = sentence.text;
  const all = [...pairs(text, countriesOf(sentence)), ...venues(text, gazetteer), ...knownCities(text, gazetteer)];
  const yearMentions = [...text.matchAll(YEAR)].map((match) => ({ year: match[0], index: match.index }));
  return all.filter((candidate) => {
    if (yearMentions.length === 0) return true;
    const nearest = yearMentions.reduce((a, b) => (Math.abs(b.index - candidate.index) < Math.abs(a.index - candidate.index) ? b : a));
    return years.includes(nearest.year);
  });
}

const quote = (sentence: Sentence) => `"${sentence.text.length > 140 ? `${sentence.text.slice(0, 137)}…` : sentence.text}"`;
const describe = (place: Place) => `${place.city}, ${place.country}${place.venue ? ` (${place.venue})` : ""}`;

/** The event's place: from its own page first, then from what other pages say about it. */
export function locate(
  event: OldDocument,
  years: readonly string[],
  mentions: EventMentions,
  gazetteer: Gazetteer,
  linkedFrom: (event: OldDocument) => OldDocument[],
): Located {
  const own = mentions.own(event);
  const ownCandidates = own.flatMap((sentence) => placesIn(sentence, years, gazetteer).map((candidate) => ({ candidate, sentence })));
  const ownFound = ownCandidates.find(({ candidate }) => candidate.country);
  if (ownFound) {
    const venue =
      ownFound.candidate.venue ?? ownCandidates.find(({ candidate }) => candidate.venue && candidate.city === ownFound.candidate.city)?.candidate.venue;
    const place = { city: ownFound.candidate.city, country: ownFound.candidate.country!, ...(venue ? { venue } : {}) };
    const countryFrom = ownFound.candidate.paired ? "" : `, with its country from the other pages of the old site that name ${place.city}`;
    return { place, note: `location ${describe(place)} read from the page's text${countryFrom} (${quote(ownFound.sentence)}); check it` };
  }

  // A city without its country ("Wolfville, Nova Scotia"): the pages that link here may say which country.
  const ownCity = ownCandidates[0];
  if (ownCity) {
    for (const page of linkedFrom(event)) {
      const counts = new Map<string, number>();
      for (const mention of countriesIn(page.content)) counts.set(mention.code, (counts.get(mention.code) ?? 0) + 1);
      const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
      if (first && (!second || first[1] >= 2 * second[1])) {
        const place = { city: ownCity.candidate.city, country: first[0], ...(ownCity.candidate.venue ? { venue: ownCity.candidate.venue } : {}) };
        return {
          place,
          note: `location ${describe(place)}: the city read from the page's text (${quote(ownCity.sentence)}), the country from ${page.address}, which links here and names ${countryName(first[0])} ${second ? "most" : "only"}; check it`,
        };
      }
    }
  }

  const elsewhere = uniqueSentences(mentions.elsewhere(event)).flatMap(({ sentence, how }) =>
    placesIn(sentence, years, gazetteer)
      .filter((candidate) => candidate.country)
      .map((candidate) => ({ candidate, sentence, how })),
  );
  const cities = new Set(elsewhere.map(({ candidate }) => `${candidate.city}|${candidate.country}`));
  if (elsewhere.length > 0 && cities.size === 1) {
    const { candidate, sentence, how } = elsewhere[0]!;
    const place = { city: candidate.city, country: candidate.country! };
    return { place, note: `location ${describe(place)} read from ${sentence.source}, which ${how} (${quote(sentence)}); check it` };
  }
  if (cities.size > 1) {
    const options = elsewhere.map(({ candidate, sentence }) => `${candidate.city}, ${candidate.country} in ${sentence.source}`).join("; ");
    return {
      note: `other pages disagree on where it took place (${[...new Set(options.split("; "))].join("; ")}); add location with the right city and country`,
    };
  }

  // A country in the title, or "in New Zealand", hints at the place; "participants from UK" does not.
  const named = [
    ...new Set(
      own.flatMap((sentence, index) =>
        countriesOf(sentence)
          .filter((mention) => index === 0 || /\b(?:in|at)\s+(?:the\s+)?$/.test(sentence.text.slice(0, mention.index)))
          .map((mention) => mention.code),
      ),
    ),
  ];
  if (named.length === 1) {
    return {
      place: { country: named[0]! },
      note: `the page names ${countryName(named[0]!)} (${named[0]}) as where it took place, but no city; add location.city if you know it`,
    };
  }
  const hint = ownCity ? ` The page names ${ownCity.candidate.city} but not its country.` : "";
  return { note: `the old site does not say where it took place; add location with city and country.${hint}` };
}

/** The same caption on three photos is one statement, not three. */
function uniqueSentences<T extends { sentence: Sentence }>(mentions: readonly T[]): T[] {
  const seen = new Set<string>();
  return mentions.filter(({ sentence }) => !seen.has(`${sentence.source}|${sentence.text}`) && Boolean(seen.add(`${sentence.source}|${sentence.text}`)));
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The ways slides write a day: "October 9, 2015", "9th October 2015", "9 de octubre"… in English, and 2015-10-09. */
function dayPattern(date: string): RegExp {
  const [year, month, day] = date.split("-");
  const name = MONTH_NAMES[Number(month) - 1]!;
  const number = String(Number(day));
  const ordinal = `${number}(?:st|nd|rd|th)?`;
  return new RegExp(`${name}\\s+${ordinal},?\\s+${year}|${ordinal}\\s+(?:of\\s+)?${name},?\\s+${year}|${year}-${month}-${day}`, "i");
}

/**
 * The place an event's own slides give beside its first day, as title slides do: "October 9, 2015, Ivato,
 * Madagascar". Only a city with its country, right next to the date, counts: an author's address elsewhere does not.
 */
export function locateInMaterials(
  start: string,
  files: ReadonlyArray<{ path: string; text: () => string | undefined }>,
  gazetteer: Gazetteer,
): Located | undefined {
  for (const file of files) {
    const text = file.text();
    const day = text ? dayPattern(start).exec(text) : undefined;
    if (!text || !day) continue;
    const around = text.slice(Math.max(0, day.index - 80), day.index + day[0].length + 80);
    const sentence: Sentence = { text: around, source: file.path, links: [] };
    const candidate = pairs(around, countriesIn(around)).find((found) => found.city) ?? knownCities(around, gazetteer)[0];
    if (candidate?.country) {
      const place = { city: candidate.city, country: candidate.country };
      return {
        place,
        note: `location ${describe(place)} read from the event's own material /${file.path}, which gives it beside the event's first day (${quote(sentence)}); check it`,
      };
    }
  }
  return undefined;
}
