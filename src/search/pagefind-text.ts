// How Pagefind 1.5 reads text (pagefind/src/fossick): its white space, Rust's; the character references it decodes, as
// the html_escape crate does; the tidying of every value it reads; and the characters after which a block's text
// gets a full stop. src/search/page-record.ts reads pages by these rules.
import { decodeHTMLStrict } from "entities";

/** Unicode's White_Space, Rust's \s: JavaScript's has U+FEFF and lacks U+0085. */
export const SPACE = "\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const SPACES = new RegExp(`[${SPACE}]{2,}`, "gu");
export const ONE_SPACE = new RegExp(`[${SPACE}]`, "u");
export const ALL_SPACES = new RegExp(`[${SPACE}]`, "gu");
export const NOT_SPACE = new RegExp(`[^${SPACE}]`, "u");

const [AMPERSAND, HASH, SEMICOLON] = ["&", "#", ";"].map((character) => character.charCodeAt(0));
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const [DECIMAL, HEXADECIMAL] = [/^\+?[0-9]+$/, /^\+?[0-9A-Fa-f]+$/];

/** The character a numeric reference names, if Rust's u32 and char take it: none past 0xFFFFFFFF, nor a surrogate. */
function numbered(digits: string, pattern: RegExp, radix: number): string | undefined {
  if (!pattern.test(digits)) return undefined;
  const value = parseInt(digits, radix);
  return value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff) ? undefined : String.fromCodePoint(value);
}

/** The character a named reference stands for: its first only, for the 93 names of two, as Pagefind's table has them. */
function named(name: string): string | undefined {
  if (!NAME.test(name)) return undefined;
  const decoded = decodeHTMLStrict(`&${name};`);
  return decoded === `&${name};` ? undefined : String.fromCodePoint(decoded.codePointAt(0)!);
}

/**
 * Character references decoded as Pagefind decodes them (the html_escape crate): every "&" reads up to the next ";"
 * as one reference, and one that names nothing is left as written, with all it read.
 */
export function decodeReferences(text: string): string {
  if (!text.includes("&")) return text;
  let decoded = "";
  let start = 0;
  let step = 0;
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (step === 0) {
      if (code === AMPERSAND) [step, from] = [1, at];
      continue;
    }
    if (step === 1) step = code === HASH ? 3 : code === SEMICOLON ? 0 : 2;
    else if (step === 3) step = code === 0x78 || code === 0x58 ? 5 : code === SEMICOLON ? 0 : 4;
    else if (step === 5) step = code === SEMICOLON ? 0 : 6;
    else if (code === SEMICOLON) {
      const reference = text.slice(from + (step === 2 ? 1 : step === 4 ? 2 : 3), at);
      const character = step === 2 ? named(reference) : step === 4 ? numbered(reference, DECIMAL, 10) : numbered(reference, HEXADECIMAL, 16);
      step = 0;
      if (character === undefined) continue;
      decoded += text.slice(start, from) + character;
      start = at + 1;
    }
  }
  return decoded + text.slice(start);
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
