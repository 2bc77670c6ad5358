// What the old site says about each event, sentence by sentence: the event's own page, and every other page or data
// file that links to it, names it, or names its year and words only its page shares. Places and dates are read from
// these sentences, and each note quotes the one it used, so an editor can judge it.
import { findLinks } from "./links.ts";
import type { OldDocument, OldSite } from "./site.ts";
import { textOf } from "./values.ts";

export interface Sentence {
  text: string;
  /** Where it was read: the old page's address or the data file's path. */
  source: string;
  /** The addresses it links to. */
  links: string[];
  /** The old document it is part of, if it is a page. */
  document?: OldDocument;
}

interface Mention {
  sentence: Sentence;
  /** How the sentence names the event, for the note: "links to it", "names it". */
  how: string;
}

const STOPWORDS = new Set(
  "the and for with from that this was were has have had are its our their into about which also been will more other than then them they there these those such each both when where while over after before during between through under some most only very just well".split(
    " ",
  ),
);

export const YEAR = /\b(19|20)\d{2}\b/g;
const EVENT_WORDS = /\b(?:workshops?|meetings?|conferences?|symposi(?:um|a)|sessions?|congress|trainings?)\b/i;

/** Words that can tell one page from another: lower case, plurals folded ("nodes" and "node"), short and common words out. */
function words(text: string): Set<string> {
  return new Set(wordList(text));
}

function wordList(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 2 && !STOPWORDS.has(word) && !/^\d+$/.test(word))
    .map((word) => (word.length > 4 && word.endsWith("s") ? word.slice(0, -1) : word));
}

/** Pairs of words that follow each other: a shared name ("European Nodes Meeting") weighs more than its words apart. */
function pairs(text: string): Set<string> {
  const list = wordList(text);
  return new Set(list.slice(1).map((word, index) => `${list[index]} ${word}`));
}

/** A page's or a text's sentences, with Liquid and HTML tags out and each link's address kept beside its words. */
export function sentencesOf(text: string, source: string, document?: OldDocument): Sentence[] {
  const cleaned = text
    .replace(/{%[\s\S]*?%}|{{[\s\S]*?}}/g, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]+>/g, " ");
  const sentences: Sentence[] = [];
  for (const line of cleaned.split(/\n|\|/)) {
    const links = findLinks(line);
    let plain = "";
    let last = 0;
    for (const link of links) {
      plain += `${line.slice(last, link.start)}${link.text}`;
      last = link.end;
    }
    plain += line.slice(last);
    const parts = plain.split(/(?<=[.!?])\s+(?=[A-Z“"(])/);
    for (const part of parts) {
      const sentence = part
        .replace(/^[\s#>*-]+/, "")
        .replace(/\s+/g, " ")
        .trim();
      if (sentence.length < 3) continue;
      const own = links.filter((link) => part.includes(link.text)).map((link) => link.destination);
      sentences.push({ text: sentence, source, links: own, ...(document ? { document } : {}) });
    }
  }
  return sentences;
}

/** Every sentence of the old site: its pages, with their titles, and the text values of its YAML data files. */
export function siteSentences(site: OldSite): Sentence[] {
  const all: Sentence[] = [];
  for (const document of site.documents) {
    const title = textOf(document.data.title ?? document.data.institution);
    all.push(...sentencesOf(`${title}\n${document.content}`, document.address, document));
  }
  for (const [key, value] of site.data) {
    if (Array.isArray(value) && value.every((row) => row && typeof row === "object" && !Array.isArray(row)) && !key.includes("/")) {
      for (const row of value as Array<Record<string, unknown>>) {
        for (const cell of Object.values(row)) if (typeof cell === "string" && /\s/.test(cell)) all.push(...sentencesOf(cell, `_data/${key}`));
      }
    }
  }
  return all;
}

/** Words an event id may start with that name no event in particular: "workshop-2016" is not named by "a workshop in 2016". */
const GENERIC_ID_WORDS = new Set(["workshop", "meeting", "conference", "event", "session", "training"]);

/** Finds, for each event, the sentences elsewhere on the old site that are about it. */
export class EventMentions {
  private readonly vocabulary = new Map<OldDocument, Set<string>>();
  private readonly phrases = new Map<OldDocument, Set<string>>();
  private readonly phraseFrequency = new Map<string, number>();
  private readonly frequency = new Map<string, number>();

  constructor(
    private readonly events: readonly OldDocument[],
    private readonly sentences: readonly Sentence[],
    private readonly yearsOf: (event: OldDocument) => string[],
  ) {
    for (const event of events) {
      const vocabulary = words(`${textOf(event.data.title)} ${event.id.replace(/[_-]/g, " ")} ${event.content}`);
      this.vocabulary.set(event, vocabulary);
      const phrases = pairs(`${textOf(event.data.title)}\n${event.content}`);
      this.phrases.set(event, phrases);
      for (const phrase of phrases) this.phraseFrequency.set(phrase, (this.phraseFrequency.get(phrase) ?? 0) + 1);
      for (const word of vocabulary) this.frequency.set(word, (this.frequency.get(word) ?? 0) + 1);
    }
  }

  /** The event's own sentences, title first. */
  own(event: OldDocument): Sentence[] {
    return this.sentences.filter((sentence) => sentence.document === event);
  }

  /** Sentences of other pages and data files about this event. */
  elsewhere(event: OldDocument): Mention[] {
    const mentions: Mention[] = [];
    // The title up to its colon or dash, with its year: "TDWG 2016", "European Nodes Meeting 2017".
    const shortTitle = textOf(event.data.title)
      .split(/:|,|\s[-–]\s|\(/)[0]!
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 1)
      .map((word) => (word.length > 4 && word.endsWith("s") ? word.slice(0, -1) : word));
    for (const sentence of this.sentences) {
      if (sentence.document === event) continue;
      const how = this.names(event, sentence, shortTitle);
      if (how) mentions.push({ sentence, how });
    }
    return mentions;
  }

  private names(event: OldDocument, sentence: Sentence, shortTitle: string[]): string | undefined {
    const address = event.address.replace(/\/$/, "").toLowerCase();
    if (
      sentence.links.some(
        (link) =>
          link
            .replace(/^(?:\.\.)?\/?/, "/")
            .replace(/\/$/, "")
            .replace(/\.html$/, "")
            .toLowerCase() === address,
      )
    )
      return "links to it";
    if (
      /[a-z]/i.test(event.id) &&
      event.id.length >= 6 &&
      new RegExp(`(?<![\\w-])${event.id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`, "i").test(sentence.text)
    )
      return "names it";
    const years = (sentence.text.match(YEAR) ?? []).filter((year) => this.yearsOf(event).includes(year));
    if (years.length === 0) return undefined;
    const tokens = new Set(
      sentence.text
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .map((word) => (word.length > 4 && word.endsWith("s") ? word.slice(0, -1) : word)),
    );
    if (shortTitle.length >= 2 && shortTitle.every((word) => tokens.has(word))) return "names it";
    // An id made of a name and a year, such as cesp2017-005, is named by both words: "CESP … 2017".
    const [, idName, idYear] = /^([a-z]+)[-_]?(\d{4})(?!\d)/.exec(event.id.toLowerCase()) ?? [];
    if (idName && idYear && !GENERIC_ID_WORDS.has(idName) && tokens.has(idName) && tokens.has(idYear)) return "names it";
    // Otherwise the year and the words only this event's page shares with the sentence must single it out. A
    // sentence is read with its page's title (on the CoopBioPlat page, "the project" is CoopBioPlat), except on an
    // organisation's page, whose own name says nothing about which event it means.
    const participant = sentence.document?.collection === "participants";
    const about = participant ? words(textOf(sentence.document?.data.institution)) : new Set<string>();
    const sentenceWords = [...new Set([...words(sentence.text), ...(participant ? [] : words(textOf(sentence.document?.data.title)))])];
    const score = (candidate: OldDocument) =>
      sentenceWords
        .filter((word) => !about.has(word) && this.vocabulary.get(candidate)!.has(word) && this.frequency.get(word)! <= this.events.length / 3)
        .reduce((sum, word) => sum + Math.log(this.events.length / this.frequency.get(word)!), 0) +
      [...pairs(sentence.text)]
        .filter((pair) => this.phrases.get(candidate)!.has(pair))
        .reduce((sum, pair) => sum + Math.log(this.events.length / this.phraseFrequency.get(pair)!), 0);
    const rivals = this.events.filter((other) => other !== event && this.yearsOf(other).some((year) => years.includes(year)));
    const own = score(event);
    const best = Math.max(0, ...rivals.map(score));
    // Alone in its year, an event still needs the sentence to speak of an event at all.
    if (rivals.length === 0) return own >= 1 && EVENT_WORDS.test(sentence.text) ? "names its year and words of its page" : undefined;
    const rare = Math.max(3, this.events.length / 4);
    const distinctive = sentenceWords.some((word) => !about.has(word) && this.vocabulary.get(event)!.has(word) && this.frequency.get(word)! <= rare);
    if (own >= 1 && own >= 1.5 * best && distinctive) return "names its year and words only its page shares";
    return undefined;
  }
}
