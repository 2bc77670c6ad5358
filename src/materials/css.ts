// The stylesheets inside an HTML material, made unable to load anything from another host. They are read with
// css-tree's tokenizer of CSS Syntax Level 3, so escapes (@\69mport) and comments hide no address from it, and
// edited only at the offsets of the tokens that must change: everything else is written back exactly as it was,
// and each replacement is a whole token, so a browser reads the rest as before. Not css-tree's parser and
// generate(): the parser keeps what it cannot parse as raw text, which would need tokenizing anyway, and
// generate() drops comments, respaces every rule and may write back raw text that reads differently.
import { ident, tokenize, tokenTypes as T } from "css-tree";
import { isStyleData, leadsElsewhere, onThisSite } from "./addresses.ts";

interface Token {
  type: number;
  start: number;
  end: number;
}

/** Functions whose strings are addresses: url("…"), src("…"), image("…"), image-set("…" 1x). */
const ADDRESS_FUNCTIONS = new Set(["url", "src", "image", "image-set", "-webkit-image-set"]);

/** The token closing each kind of block, so that a `)` inside [ ] closes nothing, as in browsers. */
const CLOSERS: Record<number, number> = {
  [T.Function]: T.RightParenthesis,
  [T.LeftParenthesis]: T.RightParenthesis,
  [T.LeftSquareBracket]: T.RightSquareBracket,
  [T.LeftCurlyBracket]: T.RightCurlyBracket,
};

/** A quote after url( and spaces, which makes it a function taking a string rather than a url token. */
const QUOTE_AHEAD = /[ \t\n]*["']/y;

/** Thrown from css-tree's tokenizer to stop it where it misreads the stylesheet. */
const MISREAD = new Error("a URL browsers read differently from css-tree");

/** An address a stylesheet may load: a file of this site, or a raster picture or font inlined as data:. */
const loadable = (address: string) => onThisSite(address) || isStyleData(address);

/** CSS's own preprocessing of line breaks and NULs, which css-tree leaves to its caller. */
const preprocess = (css: string) => css.replace(/\r\n?|\f/g, "\n").replace(/\u0000/g, "\ufffd");

/** A function's or at-rule's name with escapes decoded, lower-cased, as browsers compare it. */
const nameOf = (raw: string) => ident.decode(raw).toLowerCase();

/** Where browsers end a url token css-tree misreads: u\72l(x), a function to it (csstree/csstree#230), or a bad url it runs past after `\)`. */
function misreadUrlEnd(css: string, { type, start, end }: Token): number | undefined {
  QUOTE_AHEAD.lastIndex = end;
  if (type === T.Function && nameOf(css.slice(start, end - 1)) === "url" && !QUOTE_AHEAD.test(css)) return urlEnd(css, end);
  if (type === T.BadUrl && urlEnd(css, start + 4) !== end) return urlEnd(css, start + 4);
  return undefined;
}

/** Where a url token whose address starts at `at` ends, as browsers read it: after the first `)` not escaped. */
function urlEnd(css: string, at: number): number {
  for (; at < css.length; at++) {
    if (css[at] === ")") return at + 1;
    if (css[at] === "\\" && css[at + 1] !== "\n") at++;
  }
  return css.length;
}

/** The tokens browsers read: css-tree's, with each url it misreads marked bad, to be emptied, and read on from where browsers end it. */
function browserTokens(css: string): Token[] {
  const tokens: Token[] = [];
  for (let from = 0; ;) {
    // Each round starts on a `)` read again and dropped: css-tree skips a byte order mark opening its input, browsers read a letter.
    const base = from - 1;
    let misread: Token | undefined;
    try {
      tokenize(from === 0 ? `)${css}` : css.slice(base), (type, start, end) => {
        const token = { type, start: base + start, end: base + end };
        if (token.start < from) return;
        const browserEnd = misreadUrlEnd(css, token);
        if (browserEnd !== undefined) {
          misread = { type: T.BadUrl, start: token.start, end: browserEnd };
          throw MISREAD;
        }
        tokens.push(token);
      });
    } catch (error) {
      if (error !== MISREAD) throw error;
    }
    if (!misread) return tokens;
    tokens.push(misread);
    from = misread.end;
  }
}

/** What a string or url token holds, decoded as a name once its closing character is off: css-tree's decoders lose url(a\ ) and "a\" (csstree/csstree#380). */
function contents(raw: string, opening: number, closing: string): string {
  const body = raw.slice(opening);
  const closed = body.endsWith(closing) && /(^|[^\\])(\\\\)*$/.test(body.slice(0, -1));
  return ident.decode(closed ? body.slice(0, -1) : body);
}

/** The last token of the at-rule starting at `first`: its `;`, the end of its { } block, or before a `}` closing the block around it. */
function ruleEnd(tokens: readonly Token[], first: number): number {
  const closers: number[] = [];
  for (let index = first + 1; index < tokens.length; index++) {
    const { type } = tokens[index]!;
    if (CLOSERS[type] !== undefined) closers.push(CLOSERS[type]);
    else if (type === closers.at(-1)) {
      closers.pop();
      if (type === T.RightCurlyBracket && closers.length === 0) return index;
    } else if (closers.length === 0 && type === T.Semicolon) return index;
    else if (closers.length === 0 && type === T.RightCurlyBracket) return index - 1;
  }
  return tokens.length - 1;
}

/** The stylesheet or style attribute with @import rules removed and every address of another host emptied. */
export function safeCss(css: string): string {
  const text = preprocess(css);
  const tokens = browserTokens(text);
  let output = "";
  let written = 0;
  const replace = (start: number, end: number, by: string) => {
    output += text.slice(written, start) + by;
    written = end;
  };
  const blocks: Array<{ name: string; closer: number }> = [];
  for (let index = 0; index < tokens.length; index++) {
    const { type, start, end } = tokens[index]!;
    const raw = text.slice(start, end);
    if (type === T.AtKeyword && nameOf(raw.slice(1)) === "import") {
      const last = ruleEnd(tokens, index);
      replace(start, tokens[last]!.end, " ");
      index = last;
    } else if (type === T.BadUrl || (type === T.Url && !loadable(contents(raw, 4, ")")))) replace(start, end, 'url("")');
    else if (CLOSERS[type] !== undefined) blocks.push({ name: type === T.Function ? nameOf(raw.slice(0, -1)) : "", closer: CLOSERS[type] });
    else if (type === blocks.at(-1)?.closer) blocks.pop();
    else if (type === T.String) {
      // Any other string could still become an address through a custom property: var(--picture).
      const value = contents(raw, 1, raw[0]!);
      if (!(blocks.some(({ name }) => ADDRESS_FUNCTIONS.has(name)) ? loadable(value) : !leadsElsewhere(value))) replace(start, end, '""');
    }
  }
  return output + text.slice(written);
}
