// The field types every content schema is built from. Each one owns its error
// messages, which always end with what a valid value looks like: "(expected …)".
import ISO6391 from "iso-639-1";
import { z } from "zod";
import { distance } from "fastest-levenshtein";
import { readAddress, urlScheme } from "./addresses.ts";
import { guessCountryCode, isCountryCode } from "./countries.ts";

/** A value as an editor would recognise it in an error message. */
export function show(input: unknown): string {
  if (typeof input === "string") {
    const text = input.length > 60 ? `${input.slice(0, 57)}…` : input;
    return JSON.stringify(text);
  }
  if (input === null) return "an empty value";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a group of fields";
  if (typeof input === "number" || typeof input === "boolean" || typeof input === "bigint" || input === undefined) return String(input);
  return typeof input;
}

/** Builds a zod error callback: "missing (expected …)" or "<problem> (expected …)". */
export function explain(expected: string, problem: (input: unknown) => string = (input) => `${show(input)} is not valid`) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? `missing (expected ${expected})` : `${problem(issue.input)} (expected ${expected})`);
}

const wrongType = (noun: string) => (input: unknown) => `${show(input)} is not ${noun}`;

/**
 * The error for a number or true/false field: a value written in quotes, such as "2015" or "true", is text to YAML,
 * and saying it "is not a year" would puzzle whoever wrote it; the message says to remove the quotes instead.
 */
function unquotedValue(expected: string, problem: (input: unknown) => string, plain: RegExp) {
  const usual = explain(expected, problem);
  return (issue: { input?: unknown }) =>
    typeof issue.input === "string" && plain.test(issue.input.trim())
      ? `${show(issue.input)} is in quotes, which makes it text (expected ${issue.input.trim()}, without the quotes)`
      : usual(issue);
}
const NUMBER = /^-?\d+(\.\d+)?$/;

/** Markup that would run code if a page ever printed it unescaped: a script element or an on…= handler. */
const CODE_IN_TEXT = /<\s*script\b|<[a-z][^>]*\son[a-z]+\s*=/i;

/** Characters that show nothing: a value made only of these looks filled in but is empty. U+2800 (braille blank) is drawn as nothing too. */
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\u2800]*$/u;

/** Control characters, line and paragraph separators and broken (unpaired surrogate) characters; line breaks are allowed where text may have paragraphs. */
const CONTROL_ON_ONE_LINE = /[\p{Cc}\u2028\u2029\p{Cs}]/u;
const CONTROL_IN_PARAGRAPHS = /[^\P{Cc}\n\r]|[\u2028\u2029\p{Cs}]/u;

const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;
const SEPARATOR_NAMES: Record<string, string> = {
  "\u0085": "the next-line character U+0085",
  "\u2028": "the line separator U+2028",
  "\u2029": "the paragraph separator U+2029",
};

/** What is wrong with the first control character in a value, and where it is, as text an editor can search for. */
function describeControl(value: string, index: number, multiline: boolean): string {
  const character = String.fromCodePoint(value.codePointAt(index)!);
  const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  const before = Array.from(value.slice(0, index)).slice(-20).join("");
  const where = before ? `after ${show(before)}` : "at the start";
  if (LINE_BREAK.test(character)) {
    return multiline
      ? `contains ${SEPARATOR_NAMES[character]} ${where} (expected an ordinary line break)`
      : `contains a line break ${where} (expected text on one line)`;
  }
  if (character === "\t") return `contains a tab ${where} (expected spaces instead of tabs)`;
  if (/\p{Cs}/u.test(character)) return `contains the broken character ${code} ${where} (expected whole characters; type that part again)`;
  return `contains the invisible control character ${code} ${where} (expected plain text; delete it, or type that part again)`;
}

/**
 * Text an editor writes: never empty or invisible, never markup that runs code, and on one line unless `multiline`
 * (a summary or description of a few sentences, which may have line breaks but no other control characters).
 */
export function text(options: { max?: number; expected?: string; multiline?: boolean } = {}) {
  const expected = options.expected ?? (options.max ? `text of at most ${options.max} characters` : "text");
  const multiline = options.multiline ?? false;
  const control = multiline ? CONTROL_IN_PARAGRAPHS : CONTROL_ON_ONE_LINE;
  let schema = z
    .string({ error: explain(expected, wrongType("text")) })
    .trim()
    .min(1, { error: `is empty (expected ${expected})`, abort: true })
    .refine((value) => !control.test(value), {
      error: (issue) => describeControl(String(issue.input), String(issue.input).search(control), multiline),
      abort: true,
    })
    .refine((value) => !INVISIBLE_ONLY.test(value), { error: `is empty: it has only invisible characters (expected ${expected})`, abort: true })
    // Pages print text escaped anyway; refusing code here keeps it out of feeds, exports and anything else downstream.
    .refine((value) => !CODE_IN_TEXT.test(value), {
      error: (issue) => `${show(issue.input)} contains HTML that runs code (expected plain text, without <script> or on…= attributes)`,
    });
  if (options.max) {
    const max = options.max;
    schema = schema.max(max, {
      error: (issue) => `is too long: ${(issue.input as string).length} characters (expected at most ${max})`,
    });
  }
  return schema;
}

/** File names become addresses, so they stay lower-case, digits and hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_EXPECTED = "lower-case letters, digits and hyphens, such as gbif-spain";

/** A file name or heading id an editor can predict from a title: "Data & Tools" becomes "data-tools". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function slug() {
  return z
    .string({ error: explain(SLUG_EXPECTED, wrongType("a name")) })
    .regex(SLUG, { error: (issue) => `${show(issue.input)} is not a valid name (expected ${SLUG_EXPECTED})` });
}

/** True when text is YYYY-MM-DD and names a day that exists. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isoDate() {
  const expected = "a date as YYYY-MM-DD, such as 2018-02-19";
  return z
    .string({ error: explain(expected, wrongType("a date")) })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (issue) => `${show(issue.input)} is not a date (expected ${expected})`, abort: true })
    .refine(isRealDate, { error: (issue) => `${show(issue.input)} is not a real date (expected ${expected})` });
}

export function year() {
  const expected = "a year such as 2018";
  return z
    .number({ error: unquotedValue(expected, wrongType("a year"), NUMBER) })
    .int({ error: (issue) => `${show(issue.input)} is not a year (expected ${expected})` })
    .min(1990, { error: (issue) => `${show(issue.input)} is too early (expected ${expected}, from 1990)` })
    .max(2100, { error: (issue) => `${show(issue.input)} is too late (expected ${expected}, up to 2100)` });
}

/** A whole number that orders items, lowest first. */
export function position() {
  const expected = "a whole number; lower numbers come first";
  return z
    .number({ error: unquotedValue(expected, wrongType("a number"), NUMBER) })
    .int({ error: (issue) => `${show(issue.input)} is not a whole number (expected ${expected})` });
}

export function flag() {
  return z.boolean({ error: unquotedValue("true or false", wrongType("true or false"), /^(true|false)$/) });
}

/** `draft: true` keeps a page out of the published site while `npm start` still shows it. */
export const draft = () => flag().optional();

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, noun: string) {
  const expected = `one of ${values.join(", ")}`;
  return z.enum(values, {
    error: (issue) => {
      if (issue.input === undefined) return `missing (expected ${expected})`;
      const guess = typeof issue.input === "string" ? suggest(issue.input, values) : undefined;
      return `${show(issue.input)} is not a known ${noun} (${guess ? `did you mean ${JSON.stringify(guess)}?` : `expected ${expected}`})`;
    },
  });
}

export function countryCode() {
  const expected = "a two-letter ISO 3166-1 country code, such as ES or GB";
  return z.string({ error: explain(expected, wrongType("a country code")) }).refine(isCountryCode, {
    error: (issue) => {
      const guess = typeof issue.input === "string" ? guessCountryCode(issue.input) : undefined;
      return `${show(issue.input)} is not a country code (${guess ? `did you mean ${JSON.stringify(guess)}?` : `expected ${expected}`})`;
    },
  });
}

export function languageCode() {
  const expected = "a two-letter ISO 639-1 language code, such as en or es";
  return z.string({ error: explain(expected, wrongType("a language code")) }).refine((code) => /^[a-z]{2}$/.test(code) && ISO6391.validate(code), {
    error: (issue) => `${show(issue.input)} is not a language code (expected ${expected})`,
  });
}

export function coordinate(axis: "latitude" | "longitude") {
  const limit = axis === "latitude" ? 90 : 180;
  const expected = `a ${axis} from -${limit} to ${limit}`;
  return z
    .number({ error: unquotedValue(expected, wrongType("a number"), NUMBER) })
    .min(-limit, { error: (issue) => `${show(issue.input)} is out of range (expected ${expected})` })
    .max(limit, { error: (issue) => `${show(issue.input)} is out of range (expected ${expected})` });
}

/** A link in content: a web address, an e-mail link, or a path on this site. */
export function link() {
  const expected = "an https:// address or a path on this site starting with /";
  return z
    .string({ error: explain(expected, wrongType("a link")) })
    .trim()
    .min(1, { error: `is empty (expected ${expected})`, abort: true })
    .superRefine((url, context) => {
      const address = readAddress(url);
      if (address.kind === "refused") {
        const problem = address.reason.startsWith("uses ") ? "is not a safe link" : address.reason;
        context.addIssue({ code: "custom", message: `${show(url)} ${problem} (expected ${expected})` });
      } else if (address.kind === "site" && address.relative) {
        context.addIssue({ code: "custom", message: `${show(url)} is neither a web address nor a site path (expected ${expected})` });
      }
    });
}

/** An address on the web, for websites and portals. */
export function webAddress() {
  const expected = "a web address starting with https:// or http://";
  return z
    .string({ error: explain(expected, wrongType("a web address")) })
    .trim()
    .refine((url) => readAddress(url).kind === "elsewhere" && ["http", "https"].includes(urlScheme(url) ?? "") && URL.canParse(url), {
      error: (issue) => `${show(issue.input)} is not a web address (expected ${expected})`,
    });
}

export function email() {
  const expected = "an e-mail address such as name@example.org";
  return z.string({ error: explain(expected, wrongType("an e-mail address")) }).regex(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/, {
    error: (issue) => `${show(issue.input)} is not an e-mail address (expected ${expected})`,
  });
}

/** A path under assets/, as the site serves it; percent-encoding is read as a browser would. */
export function assetPath(expected = "a path starting with /assets/") {
  return z.string({ error: explain(expected, wrongType("a path")) }).superRefine((path, context) => {
    const address = readAddress(path);
    if (address.kind === "refused" && !address.reason.startsWith("uses ")) {
      context.addIssue({ code: "custom", message: `${show(path)} ${address.reason} (expected ${expected})` });
    } else if (address.kind !== "site" || address.relative || !address.path.startsWith("/assets/")) {
      context.addIssue({ code: "custom", message: `${show(path)} is not a path under /assets/ (expected ${expected})` });
    }
  });
}

/** What an old address is: the path alone, as the old site served it. */
export const OLD_ADDRESS_EXPECTED = "a path the old site served, starting with /, such as /events/workshop-2016/";

/** A path this page or file had on the site it replaces, such as /events/workshop-2016/ or /contact.html; written decoded. */
export function oldAddress() {
  const expected = OLD_ADDRESS_EXPECTED;
  return z.string({ error: explain(expected, wrongType("a path")) }).superRefine((path, context) => {
    const problem = (message: string) => context.addIssue({ code: "custom", message: `${show(path)} ${message} (expected ${expected})` });
    const address = readAddress(path);
    if (address.kind === "refused") return problem(address.reason.startsWith("uses ") ? "is not a path on this site" : address.reason);
    if (address.kind === "elsewhere") return problem("is a full web address; write the path alone");
    if (address.relative) return problem("does not start with /");
    if (/[?#]/.test(path)) return problem("has a query or an anchor, which never reach the server");
    if (/[\p{Cc}\\]/u.test(path) || path !== path.trim()) return problem("has spaces around it, a control character or a backslash");
    // Each part must name the same file on every disk and host: none empty, none ending where Windows trims.
    const parts = address.path.split("/").slice(1, address.path.endsWith("/") ? -1 : undefined);
    if (parts.some((part) => part === "")) return problem("has two slashes in a row");
    if (parts.some((part) => /[. ]$/.test(part))) return problem("has a part that ends in a dot or a space, which some disks drop");
    if (address.path.includes("%")) return problem("has a percent sign, which hosts would read as the start of an encoded character");
    if (parts.some((part) => part.startsWith(".")))
      return problem("has a part that starts with a dot, such as /.well-known/, which hosts and other services reserve");
    if (parts[0]?.startsWith("_")) return problem("starts with _, which hosts read as their own settings, such as /_redirects");
    if (address.path.length > 500 || parts.some((part) => new TextEncoder().encode(part).length > 200)) return problem("is longer than a file name may be");
  });
}

/** The addresses a record had on the old site: each keeps answering, and leads here. */
export const oldAddresses = () => list(oldAddress(), "old addresses, such as [/events/workshop-2016/]").optional();

export function list<T extends z.ZodType>(item: T, expected: string, options: { min?: number } = {}) {
  const schema = z.array(item, { error: explain(`a list of ${expected}`, (input) => `${show(input)} is not a list`) });
  return options.min ? schema.min(options.min, { error: `is empty (expected a list of at least ${options.min} ${expected})` }) : schema;
}

/** A rule across several fields of one group, such as "end is not before start". It sees raw values, so it checks their types. */
type FieldsCheck = (value: Record<string, unknown>, context: z.RefinementCtx) => void;

/** The fields of each group, so documentation and tools can list them from the schema itself. */
const SHAPES = new WeakMap<object, z.ZodRawShape>();

/** Each field of a group built with fields(), in order, and whether an editor must give it. */
export function fieldList(schema: object): Array<{ name: string; required: boolean }> {
  const shape = SHAPES.get(schema);
  if (!shape) throw new Error("fieldList() needs a schema made with fields()");
  return Object.entries(shape).map(([name, field]) => ({ name, required: !(field as z.ZodType).safeParse(undefined).success }));
}

/** A group of named fields; a field nobody knows is most likely a typo, so it is an error with a suggestion. */
export function fields<T extends z.ZodRawShape>(shape: T, ...checks: FieldsCheck[]) {
  const known = Object.keys(shape);
  const schema = z
    .looseObject(shape, { error: explain("a group of fields", (input) => `${show(input)} is not a group of fields`) })
    .superRefine(
      (value, context) => {
        if (typeof value !== "object" || value === null || Array.isArray(value)) return;
        for (const key of Object.keys(value).filter((name) => !known.includes(name))) {
          const guess = suggest(key, known);
          const hint = guess ? `did you mean "${guess}"?` : `expected one of ${known.join(", ")}`;
          context.addIssue({ code: "custom", path: [key], message: `unknown field (${hint})` });
        }
        for (const check of checks) check(value, context);
      },
      // Cross-field rules run even when a single field is wrong, so one run reports everything.
      { when: () => true },
    )
    .transform((value) => value as z.output<z.ZodObject<T>>);
  SHAPES.set(schema, shape);
  return schema;
}

/** Exactly one of `country` and `region`: countries have ISO codes, regional networks and portals have a region name. */
export const countryOrRegion =
  (noun: string): FieldsCheck =>
  ({ country, region }, context) => {
    if (country === undefined && region === undefined) {
      context.addIssue({ code: "custom", path: ["country"], message: `missing (expected a country code, or a region for a regional ${noun})` });
    }
    if (country !== undefined && region !== undefined) {
      context.addIssue({
        code: "custom",
        path: ["region"],
        message: `${show(region)} is given together with a country (expected either country or region, not both)`,
      });
    }
  };

/** "did you mean …?" for a name that is one or two keystrokes away from a known one. */
export function suggest(name: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lower = name.toLowerCase();
  // A typo is a keystroke or two, a swapped pair of letters counting as one; further away, a suggestion would mislead more than help.
  const tolerance = Math.max(1, Math.min(3, Math.floor(name.length / 5)));
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = typingDistance(lower, candidate.toLowerCase());
    if (distance <= tolerance && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

/** Edits between two words, as typing makes them: Levenshtein's, with two neighbouring letters swapped counting as one. */
function typingDistance(a: string, b: string): number {
  if (a.length === b.length) {
    const differ = [...a].flatMap((letter, index) => (letter === b[index] ? [] : [index]));
    if (differ.length === 2 && differ[1] === differ[0]! + 1 && a[differ[0]!] === b[differ[1]] && a[differ[1]] === b[differ[0]!]) return 1;
  }
  return distance(a, b);
}
