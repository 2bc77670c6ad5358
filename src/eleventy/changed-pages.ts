// A build renders again only the pages that would differ from the last build's: while previewing, after each save;
// from the terminal, since the last compiled build into the same folder (src/eleventy/last-build.ts). A record's
// page in one language is rendered when the record as its page reads it, or what every page of that language shows,
// differs from the last build's; the pages that list records in a language, when anything but a record's text does;
// the pages that quote texts (the news feed), when anything but another collection's texts does. The pages not
// rendered again are the files the last build wrote for them.
import { createHash } from "node:crypto";
import type { SiteAssets } from "../assets/write.ts";
import type { Community } from "../collections/community.ts";
import { QUOTED } from "../feeds/atom.ts";
import { hasCalendarIn } from "../feeds/calendar.ts";
import { recordAddress, type Record as PagedRecord } from "../layouts/in-language.ts";
import { localPath } from "../routes.ts";
import type { LanguageCode } from "../schema/languages.ts";
import { CONTENT_TYPES } from "../schema/content-types.ts";

type Collection = (typeof CONTENT_TYPES)[number]["collection"];

/** The fields that hold a record's text, which only its own page and the pages quoting texts show. */
const TEXT_FIELDS: ReadonlySet<string> = new Set(["html", "body"]);

/** What a build renders: each collection's records, in every language, and the languages whose other pages it renders. */
export interface PagesToRender {
  records: Record<Collection, unknown[]>;
  /** The languages whose pages listing records (home, lists, map, calendars, 404, search) are rendered. */
  lists: LanguageCode[];
  /** The languages whose pages quoting records' texts (the news feed) are rendered. */
  texts: LanguageCode[];
  /** The workshops, in the language content is written in, whose calendar file is written: those whose page is. */
  calendars: unknown[];
  /** The old addresses whose forwarding page is written: those whose page would differ from the last build's. */
  forwarding: unknown[];
  /** The site's own files (sitemap.xml, robots.txt, _headers, _redirects, atproto-did), written with the first language's lists: the first language, or none. */
  site: LanguageCode[];
}

/** Everything, as a build renders it. */
export function allPages(communities: Readonly<Record<LanguageCode, Community>> | undefined): PagesToRender {
  const languages = Object.values(communities ?? {});
  const codes = languages.map(({ language }) => language.code);
  return {
    records: Object.fromEntries(CONTENT_TYPES.map(({ collection }) => [collection, languages.flatMap((each): unknown[] => each[collection])])) as Record<
      Collection,
      unknown[]
    >,
    lists: codes,
    texts: codes,
    calendars: languages[0]?.workshops ?? [],
    forwarding: languages[0]?.redirects ?? [],
    site: codes.slice(0, 1),
  };
}

/**
 * Digests of everything reachable from a value but records' texts: objects, arrays, maps and sets, in their own
 * order. Each record is digested once and stands for itself by its digest wherever else it is reached, unless it
 * leads back to an object being digested around it (a project's workshop, funded by that project): that one adds
 * the address of the object it leads back to, which is digested whole already.
 */
class Digests {
  #known = new Map<object, string>();
  /** The objects being digested, outermost first. */
  #path: object[] = [];

  of(value: unknown): string {
    const parts: string[] = [];
    this.#write(value, parts);
    return digest(parts);
  }

  /** Writes `item`'s parts; returns the depth of the outermost object being digested that it leads back to. */
  #write(item: unknown, parts: string[]): number {
    if (item === null || typeof item !== "object") {
      // A string is marked as one, so that no text reads as the start or end of an object.
      parts.push(typeof item === "string" ? `"${item}` : typeof item === "function" ? "ƒ" : String(item));
      return Infinity;
    }
    const known = this.#known.get(item);
    if (known !== undefined) {
      parts.push(known);
      return Infinity;
    }
    const around = this.#path.indexOf(item);
    if (around >= 0) {
      parts.push(`^${String((item as { url?: unknown }).url)}`);
      return around;
    }
    const depth = this.#path.length;
    // A record (it has a source file) is digested once; anything else is written out where it is reached.
    const record = typeof (item as { source?: unknown }).source === "string";
    const own: string[] = record ? [] : parts;
    this.#path.push(item);
    let back = Infinity;
    if (item instanceof Map) {
      own.push("M{");
      for (const [key, entry] of item) back = Math.min(back, this.#write(key, own), this.#write(entry, own));
    } else if (item instanceof Set) {
      own.push("S{");
      for (const entry of item) back = Math.min(back, this.#write(entry, own));
    } else if (Array.isArray(item)) {
      own.push("[");
      for (const entry of item) back = Math.min(back, this.#write(entry, own));
    } else {
      own.push("{");
      for (const key in item) {
        if (record && TEXT_FIELDS.has(key)) continue;
        own.push(key);
        back = Math.min(back, this.#write((item as Record<string, unknown>)[key], own));
      }
    }
    own.push("}");
    this.#path.pop();
    if (record) {
      const whole = digest(own);
      // Reached from outside the objects it leads back to, it would read the same: digested once for all.
      if (back >= depth) this.#known.set(item, whole);
      parts.push(whole);
    }
    return back >= depth ? Infinity : back;
  }
}

/** Ends a record page's digest, before the digest of its text: a save of the text alone changes what follows it. */
const TEXT_DIGEST = ":text:";

const digest = (parts: readonly string[]) => createHash("sha1").update(parts.join("\u0000")).digest("base64");

/** What every page in a community's language shows besides its own record: the shell (src/layouts/shell/) and its links. */
function shellOf(digests: Digests, community: Community, assets: SiteAssets | undefined, localizable: ReadonlyMap<string, ReadonlySet<string>>): string {
  return digests.of({
    site: community.site,
    language: community.language,
    languages: community.languages,
    today: community.today,
    changed: community.changed,
    navigation: community.navigation.map(({ title, url, order }) => ({ title, url, order })),
    footer: community.pages.map(({ title, url }) => ({ title, url })),
    calendar: hasCalendarIn(community),
    assets,
    // Which addresses exist in this language decides where every link on its pages leads.
    localizable: localizable.get(community.language.code),
  });
}

/** The texts of a language's records that its pages quoting texts (the news feed) show. */
function textsOf(community: Community): string {
  const hash = createHash("sha1");
  for (const record of community[QUOTED]) hash.update(`${record.url}\u0000${record.html}\u0000`);
  return hash.digest("base64");
}

/** A record page's digest: what it shows besides the record's text (the shell, the record's facts), then the text's. */
const recordPageDigest = (besidesText: string, html: string) => `${besidesText}${TEXT_DIGEST}${digest([html])}`;

/** A language's feed's digest: its lists' digest, then the texts it quotes. */
const textsDigest = (lists: string | undefined, community: Community) => `${lists}:${textsOf(community)}`;

/** The workshops whose calendar file is written: those of the content's language whose page is. */
const calendarsOf = (first: Community | undefined, records: PagesToRender["records"]) =>
  first ? records.workshops.filter((workshop) => first.workshops.includes(workshop as Community["workshops"][number])) : [];

/**
 * The unit a page template's output belongs to, which is rendered again or not as a whole: the key ChangedPages gives
 * it, from the part of PagesToRender the template pages through (`pagination`, as Eleventy names it: "toRender.lists")
 * and the item it renders; undefined for an output of no such template, which is rendered in every build.
 */
export function unitOf(pagination: string, item: unknown, originalCode: string): string | undefined {
  const named = item as { url?: unknown; from?: unknown; localization?: { language?: unknown } } | undefined;
  if (pagination.startsWith("toRender.records.") && typeof named?.url === "string" && typeof named.localization?.language === "string")
    return recordAddress(item as PagedRecord, originalCode);
  // A workshop's calendar file is written with its page in the language content is written in.
  if (pagination === "toRender.calendars" && typeof named?.url === "string") return named.url;
  if ((pagination === "toRender.lists" || pagination === "toRender.site") && typeof item === "string") return `lists:${item}`;
  if (pagination === "toRender.texts" && typeof item === "string") return `texts:${item}`;
  if (pagination === "toRender.forwarding" && typeof named?.from === "string") return `forwarding:${named.from}`;
  return undefined;
}

export class ChangedPages {
  /** Each page's address (a record's page, or a language's lists and texts), with the digest it was last rendered from. */
  #rendered: Map<string, string>;
  #pending = new Map<string, string>();

  /** `earlier`: what the last build rendered each unit from, when a build goes on from one run before (src/eleventy/last-build.ts). */
  constructor(earlier: Iterable<readonly [string, string]> = []) {
    this.#rendered = new Map(earlier);
  }

  /** The pages this build renders: all of them on the first build, then those that would differ from the last build that finished. */
  select(
    communities: Readonly<Record<LanguageCode, Community>>,
    assets: SiteAssets | undefined,
    localizable: ReadonlyMap<string, ReadonlySet<string>>,
  ): PagesToRender {
    const languages = Object.values(communities);
    const original = languages[0]?.language.code ?? "en";
    const digests = new Digests();
    this.#pending = new Map();
    const changed = (address: string, digest: string) => {
      this.#pending.set(address, digest);
      return this.#rendered.get(address) !== digest;
    };
    const shells = new Map(languages.map((community) => [community.language.code, shellOf(digests, community, assets, localizable)]));
    const records = {} as PagesToRender["records"];
    for (const { collection } of CONTENT_TYPES) {
      records[collection] = languages.flatMap((community) =>
        (community[collection] as Array<{ url: string; html: string }>).filter((record) =>
          changed(
            localPath(record.url, community.language.code, original),
            recordPageDigest(`${shells.get(community.language.code)}:${digests.of(record)}`, record.html),
          ),
        ),
      );
    }
    // A list may show other languages too (the translation status shows them all): each language's lists read every one.
    const everyLanguage = digests.of(languages);
    const lists = languages.filter((community) => changed(`lists:${community.language.code}`, `${shells.get(community.language.code)}:${everyLanguage}`));
    const texts = languages.filter((community) =>
      changed(`texts:${community.language.code}`, textsDigest(this.#pending.get(`lists:${community.language.code}`), community)),
    );
    const first = languages[0];
    return {
      records,
      lists: lists.map(({ language }) => language.code),
      texts: texts.map(({ language }) => language.code),
      calendars: calendarsOf(first, records),
      // A forwarding page shows its old address, where it leads and the name of what is there, in the first language's shell.
      forwarding: first
        ? first.redirects.filter((redirect) => changed(`forwarding:${redirect.from}`, `${shells.get(first.language.code)}:${digests.of(redirect)}`))
        : [],
      site: first && lists.includes(first) ? [first.language.code] : [],
    };
  }

  /**
   * The pages to render after a save that changed only the texts of `edited`, records that the last build's
   * communities hold and that now carry their new text (src/preview/text-edits.ts): those of their pages whose text
   * differs, and the feeds of the languages that quote one. Undefined when the last build wrote none of their pages.
   */
  selectTexts(communities: Readonly<Record<LanguageCode, Community>>, edited: ReadonlySet<object>): PagesToRender | undefined {
    const languages = Object.values(communities);
    const original = languages[0]?.language.code ?? "en";
    const pending = new Map(this.#rendered);
    const records = {} as PagesToRender["records"];
    let unknown = false;
    for (const { collection } of CONTENT_TYPES) {
      records[collection] = languages.flatMap((community) =>
        (community[collection] as Array<{ url: string; html: string }>).filter((record) => {
          if (!edited.has(record)) return false;
          const address = localPath(record.url, community.language.code, original);
          const before = this.#rendered.get(address);
          if (before === undefined) return (unknown = true);
          const after = recordPageDigest(before.slice(0, before.lastIndexOf(TEXT_DIGEST)), record.html);
          pending.set(address, after);
          return after !== before;
        }),
      );
    }
    if (unknown) return undefined;
    const texts = languages.filter((community) => {
      if (!community[QUOTED].some((record) => edited.has(record))) return false;
      const address = `texts:${community.language.code}`;
      const after = textsDigest(pending.get(`lists:${community.language.code}`), community);
      const changed = pending.get(address) !== after;
      pending.set(address, after);
      return changed;
    });
    this.#pending = pending;
    return {
      records,
      lists: [],
      texts: texts.map(({ language }) => language.code),
      calendars: calendarsOf(languages[0], records),
      forwarding: [],
      site: [],
    };
  }

  /** The code changed (a template saved while previewing): the next build renders every page, as the first one did. */
  forget(): void {
    this.#rendered = new Map();
  }

  /** The build that selected them wrote its pages: they are what the next save is compared with. */
  written(): void {
    this.#rendered = this.#pending;
  }

  /** Each unit of the last selection, with the digest it is rendered from: what the next build compares with. */
  selected(): Map<string, string> {
    return new Map(this.#pending);
  }

  /** Whether the last selection did not render `unit` again, and has it: its pages are the last build's, as they were. */
  unchanged(unit: string): boolean {
    const digest = this.#pending.get(unit);
    return digest !== undefined && this.#rendered.get(unit) === digest;
  }

  /** Whether `address` was a record's page that the last selection no longer has: its record is gone. */
  gone(address: string): boolean {
    return this.#rendered.has(address) && !this.#pending.has(address);
  }
}
