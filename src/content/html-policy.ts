// What HTML editors may write inside Markdown: an allowlist of elements and attributes, and for everything else
// the message that says what to write instead. content/markdown.ts applies it to the tree a browser builds.
import { readAddress } from "../schema/addresses.ts";
import { isPageId } from "../page-ids.ts";

/** Attributes every allowed element may carry. */
const GLOBAL_ATTRIBUTES = ["id", "title", "lang", "dir"] as const;

/** The elements editors need for text, and the attributes each may carry besides the global ones. */
const ALLOWED: Record<string, readonly string[]> = {
  p: [], br: [], hr: [], wbr: [], div: [], span: [],
  h2: [], h3: [], h4: [], h5: [], h6: [],
  blockquote: ["cite"], q: ["cite"], pre: [], code: [], kbd: [], samp: [], var: [],
  em: [], strong: [], b: [], i: [], u: [], s: [], mark: [], small: [], sub: [], sup: [],
  del: ["cite", "datetime"], ins: ["cite", "datetime"],
  abbr: [], cite: [], dfn: [], time: ["datetime"], data: ["value"], address: [],
  bdi: [], bdo: [], ruby: [], rt: [], rp: [],
  a: ["href", "target", "rel", "hreflang"],
  ul: [], ol: ["start", "reversed", "type"], li: ["value"], dl: [], dt: [], dd: [],
  figure: [], figcaption: [], details: ["open"], summary: [],
  table: [], caption: [], colgroup: ["span"], col: ["span"], thead: [], tbody: [], tfoot: [], tr: [],
  th: ["colspan", "rowspan", "headers", "scope", "abbr"], td: ["colspan", "rowspan", "headers"],
};

/** Attributes whose value is an address. */
const ADDRESS_ATTRIBUTES = new Set(["href", "cite"]);

const NO_CODE = "expected Markdown, or HTML without scripts, styles or embeds";

/** Why a well-known element is refused, and what to write instead. */
const REFUSED: Record<string, string> = {
  ...Object.fromEntries(
    ["script", "style", "link", "meta", "base", "iframe", "frame", "frameset", "object", "embed", "applet", "portal", "noscript", "template", "slot", "noembed", "noframes", "param"].map(
      (name) => [name, NO_CODE],
    ),
  ),
  ...Object.fromEntries(
    ["form", "input", "textarea", "select", "button", "option", "optgroup", "datalist", "fieldset", "legend", "label", "output", "meter", "progress", "dialog", "keygen", "isindex"].map(
      (name) => [name, "expected a link to a form hosted elsewhere, such as [Register](https://…)"],
    ),
  ),
  ...Object.fromEntries(["video", "audio", "track"].map((name) => [name, "expected a link to the recording, such as [Watch the talk](https://…)"])),
  ...Object.fromEntries(["picture", "source", "canvas", "map", "area"].map((name) => [name, "expected a Markdown picture: ![what it shows](/assets/images/…)"])),
  ...Object.fromEntries(["main", "header", "footer", "nav", "aside", "section", "article", "hgroup", "search"].map((name) => [name, "expected ## headings to divide the text; the page around it provides the rest"])),
  ...Object.fromEntries(["html", "head", "body", "title"].map((name) => [name, "expected only the page's text; the site writes the page around it"])),
  ...Object.fromEntries(["xmp", "plaintext", "listing"].map((name) => [name, "expected <pre>, or a Markdown code block between ``` lines"])),
  ...Object.fromEntries(["marquee", "blink", "font", "center", "big", "tt", "strike", "nobr", "acronym", "menu", "menuitem"].map((name) => [name, "expected Markdown, or HTML such as <em>, <abbr>, <kbd>, <table>"])),
  svg: "expected a picture file under /assets/images/, shown with ![what it shows](/assets/images/…)",
  math: "expected the formula as text, or as a picture under /assets/images/",
};

const GENERIC_ELEMENT = "expected Markdown, or HTML such as <details>, <abbr>, <kbd>, <table>";

/** What is wrong with an element an editor wrote, or undefined when it is allowed. */
export function elementProblem(name: string, namespace: "html" | "svg" | "math"): string | undefined {
  if (namespace !== "html") return `<${name}> is not allowed in content (${REFUSED[namespace === "svg" ? "svg" : "math"]})`;
  if (name === "img") return "<img> in HTML skips resizing (expected a Markdown picture: ![what it shows](/assets/images/…))";
  if (name === "h1") return "a level-1 heading repeats the page title (expected ## for the sections of the page)";
  if (ALLOWED[name]) return undefined;
  const instead = REFUSED[name];
  return instead ? `<${name}> is not allowed in content (${instead})` : `<${name}> is not an element content may use (${GENERIC_ELEMENT})`;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const WHOLE_NUMBER = /^[1-9][0-9]{0,2}$/;
const ID = /^[A-Za-z][A-Za-z0-9_-]*$/;
const REL_VALUES = new Set(["nofollow", "noopener", "noreferrer", "external", "ugc", "sponsored", "license", "author", "help", "tag", "bookmark", "alternate", "me"]);

/** Values some attributes must have, as a test and what a valid value looks like. */
const VALUES: Record<string, [(value: string) => boolean, string]> = {
  lang: [(value) => LANGUAGE_TAG.test(value), "a language code such as es or pt-BR"],
  hreflang: [(value) => LANGUAGE_TAG.test(value), "a language code such as es or pt-BR"],
  dir: [(value) => ["ltr", "rtl", "auto"].includes(value), "ltr, rtl or auto"],
  target: [(value) => value === "_blank", 'target="_blank", or no target'],
  rel: [(value) => value.split(/\s+/).filter(Boolean).every((token) => REL_VALUES.has(token.toLowerCase())), `words from ${[...REL_VALUES].join(", ")}`],
  colspan: [(value) => WHOLE_NUMBER.test(value), "a whole number from 1 to 999"],
  rowspan: [(value) => WHOLE_NUMBER.test(value), "a whole number from 1 to 999"],
  span: [(value) => WHOLE_NUMBER.test(value), "a whole number from 1 to 999"],
  start: [(value) => /^-?[0-9]{1,6}$/.test(value), "a whole number"],
  value: [(value) => value.length <= 200, "a short value"],
  type: [(value) => ["1", "a", "A", "i", "I"].includes(value), "1, a, A, i or I"],
  scope: [(value) => ["row", "col", "rowgroup", "colgroup"].includes(value), "row, col, rowgroup or colgroup"],
  open: [(value) => value === "" || value === "open", "open with no value"],
  reversed: [(value) => value === "" || value === "reversed", "reversed with no value"],
};

const SAFE_LINK = "expected an https:// address or a path on this site";

/** What is wrong with one attribute of an allowed element an editor wrote, or undefined when it is allowed. */
export function attributeProblem(element: string, name: string, value: string): string | undefined {
  if (name === "style") return `style= on <${element}> is not allowed in content (expected the site's stylesheet to do the styling)`;
  if (name.startsWith("on")) return `${name}= on <${element}> is not allowed in content (expected HTML without event handlers)`;
  if (name === "class") return `class= on <${element}> is not allowed in content (expected the site's stylesheet, which styles text by its elements)`;
  if (name.startsWith("data-")) return `${name}= on <${element}> is not allowed in content (expected no data- attributes: they steer the site's search and scripts)`;
  if (name === "name") return `name= on <${element}> is not allowed in content (expected id= to name an anchor)`;
  const allowed = [...GLOBAL_ATTRIBUTES, ...(ALLOWED[element] ?? [])];
  if (!allowed.includes(name)) return `${name}= on <${element}> is not allowed in content (expected one of ${allowed.map((attribute) => `${attribute}=`).join(", ")})`;
  if (ADDRESS_ATTRIBUTES.has(name)) {
    const address = readAddress(value);
    if (address.kind !== "refused") return undefined;
    return address.reason.startsWith("uses ")
      ? `link to ${JSON.stringify(value)} is not allowed (${SAFE_LINK})`
      : `link to ${JSON.stringify(value)} ${address.reason} (${SAFE_LINK})`;
  }
  if (name === "id") {
    if (!ID.test(value)) return `id=${JSON.stringify(value)} on <${element}> is not a valid id (expected a letter, then letters, digits, - or _)`;
    if (isPageId(value)) return `id=${JSON.stringify(value)} on <${element}> is already used by the page around the text (expected another id)`;
    return undefined;
  }
  const rule = VALUES[name];
  if (rule && !rule[0](value)) return `${name}=${JSON.stringify(value)} on <${element}> is not allowed (expected ${rule[1]})`;
  return undefined;
}
