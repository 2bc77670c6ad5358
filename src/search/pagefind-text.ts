// How Pagefind 1.6 reads text (pagefind/src/fossick): its white space, Rust's; the character references it decodes, as
// the html_escape crate (0.3) does; the tidying of every value it reads; and the characters after which a block's text
// gets a full stop. src/search/page-record.ts reads pages by these rules.
import { decodeHTMLStrict } from "entities";

/** Unicode's White_Space, Rust's \s: JavaScript's has U+FEFF and lacks U+0085. */
export const SPACE = "\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const SPACES = new RegExp(`[${SPACE}]{2,}`, "gu");
export const ONE_SPACE = new RegExp(`[${SPACE}]`, "u");
export const ALL_SPACES = new RegExp(`[${SPACE}]`, "gu");
export const NOT_SPACE = new RegExp(`[^${SPACE}]`, "u");

const [HASH, SEMICOLON] = ["#", ";"].map((character) => character.charCodeAt(0));

/** A digit's value in `radix` (10 or 16), or -1 for any other character. */
function digit(code: number, radix: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (radix === 10) return -1;
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** Whether a character can be in a reference's name: an ASCII letter or digit. */
const inName = (code: number) => (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);

/** The character a number names, if html_escape takes it: a Unicode scalar value, and no C0 control but white space. */
function numbered(value: number): string | undefined {
  if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return undefined;
  if (value < 0x20 && value !== 9 && value !== 10 && value !== 12 && value !== 13) return undefined;
  return String.fromCodePoint(value);
}

/** Names already looked up, with their text: a page names the same few again and again. */
const NAMED = new Map<string, string>();

/** The text a named reference stands for: all of it, two code points for the names that have two. */
function named(name: string): string | undefined {
  const known = NAMED.get(name);
  if (known !== undefined) return known;
  const decoded = decodeHTMLStrict(`&${name};`);
  if (decoded === `&${name};`) return undefined;
  // Only names that stand for something are kept, so a page's made-up names never grow the map.
  NAMED.set(name, decoded);
  return decoded;
}

/**
 * Character references decoded as Pagefind decodes them (html_escape 0.3): only whole ones, "&", then a name, "#" and
 * decimal digits or "#x" and hex digits, then ";"; one that names nothing is left as written, its "&" a character.
 */
export function decodeReferences(text: string): string {
  let decoded = "";
  let start = 0;
  for (let at = text.indexOf("&"); at !== -1; at = text.indexOf("&", at + 1)) {
    let end = at + 1;
    let character: string | undefined;
    if (text.charCodeAt(end) === HASH) {
      const radix = (text.charCodeAt(end + 1) | 0x20) === 0x78 ? 16 : 10;
      const digits = (end += radix === 16 ? 2 : 1);
      // Capped past the last code point: a long run of digits must not lose the value to rounding.
      let value = 0;
      for (let next; (next = digit(text.charCodeAt(end), radix)) !== -1; end++) value = Math.min(value * radix + next, 0x110000);
      if (end > digits && text.charCodeAt(end) === SEMICOLON) character = numbered(value);
    } else {
      while (inName(text.charCodeAt(end))) end++;
      if (end > at + 1 && text.charCodeAt(end) === SEMICOLON) character = named(text.slice(at + 1, end));
    }
    if (character === undefined) continue;
    decoded += text.slice(start, at) + character;
    start = end + 1;
    at = end;
  }
  return start === 0 ? text : decoded + text.slice(start);
}

/** White_Space's characters, all in the Basic Multilingual Plane, by code. */
const SPACE_CODES = new Set([9, 10, 11, 12, 13, 32, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]);
for (let code = 0x2000; code <= 0x200a; code++) SPACE_CODES.add(code);

/**
 * Spaces trimmed from both ends, as Rust's trim() does: walked from each end, since a pattern anchored at the end is
 * tried from every start, and an editor's long run of spaces took seconds.
 */
export function trim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && SPACE_CODES.has(text.charCodeAt(start))) start++;
  while (end > start && SPACE_CODES.has(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** References decoded, spaces and line breaks tidied, as Pagefind tidies every value it reads. */
export function normalize(text: string): string {
  return trim(decodeReferences(text))
    .replace(/(?:\n|\r\n)+/gu, " ")
    .replace(SPACES, " ");
}

/** A character after which a block's text gets a full stop: Rust's \w, or a closing quote, bracket, $ or *. */
const SENTENCE_CHARACTER = /^[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}'")$*]$/u;

const ASCII_SENTENCE_CHARACTER = new Set(
  [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'\")$*"].map((character) => character.charCodeAt(0)),
);

/** Whether `text` ends in a character a full stop goes after (read alone: a pattern anchored at the end reads it all). */
export function endsLikeASentence(text: string): boolean {
  if (text === "") return false;
  const last = text.charCodeAt(text.length - 1);
  // ASCII, as most text ends, answered without the pattern: a letter, a digit, _ ' " ) $ or *.
  if (last < 0x80) return ASCII_SENTENCE_CHARACTER.has(last);
  const start = last >= 0xdc00 && last <= 0xdfff && text.length > 1 ? text.length - 2 : text.length - 1;
  return SENTENCE_CHARACTER.test(text.slice(start));
}
