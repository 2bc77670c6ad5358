// The one Markdown renderer: markdown-it with heading anchors and typography, HTML allowed. Links and pictures
// are checked on markdown-it's tokens; HTML an editor wrote is judged on the tree a browser builds (see html-tree.ts).
import MarkdownIt from "markdown-it";
import anchor from "markdown-it-anchor";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { readAddress } from "../schema/addresses.ts";
import { slugify } from "../schema/fields.ts";
import { PAGE_IDS, PAGE_ID_PREFIXES } from "../page-ids.ts";
import type { ResponsiveImage } from "../images/process.ts";
import { Picture, TEXT_COLUMN } from "../images/Picture.tsx";
import { checkEditorHtml } from "./html-tree.ts";
import type { Problem } from "./problems.ts";

/** Heading ids an editor can predict, made like file names: "Data & Tools" becomes "data-tools". */
export function headingId(text: string): string {
  const id = slugify(text) || "section";
  // Ids named after data (installation-…) belong to the templates; a heading that starts the same way steps aside.
  return PAGE_ID_PREFIXES.some((prefix) => id.startsWith(prefix)) ? `section-${id}` : id;
}

export const markdown = new MarkdownIt({ html: true, typographer: true, linkify: false }).use(anchor, {
  level: [2, 3, 4],
  slugify: headingId,
  tabIndex: false,
  permalink: anchor.permalink.headerLink({ safariReaderFix: true }),
});
type Token = ReturnType<typeof markdown.parse>[number];

// Every link becomes a token, so the check below can refuse an unsafe one with an error instead of dropping it silently.
markdown.validateLink = () => true;

// Column alignment in Markdown tables becomes a class: the Content-Security-Policy refuses style attributes.
markdown.core.ruler.push("alignment-classes", (state) => {
  for (const token of state.tokens) {
    if (token.type !== "th_open" && token.type !== "td_open") continue;
    const alignment = /^text-align:(left|right|center)$/.exec(String(token.attrGet("style") ?? ""))?.[1];
    if (!alignment) continue;
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== "style");
    token.attrSet("class", `align-${alignment}`);
  }
});

const SAFE_LINK = "expected an https:// address or a path on this site";

interface Finding {
  /** Text to look for in the source, to place the finding on its line. */
  evidence: string;
  message: string;
}

function checkLink(url: string, findings: Finding[], links: string[]): void {
  const address = readAddress(url);
  if (address.kind === "refused") {
    const message = address.reason.startsWith("uses ") ? `link to ${JSON.stringify(url)} is not allowed (${SAFE_LINK})` : `link to ${JSON.stringify(url)} ${address.reason} (${SAFE_LINK})`;
    findings.push({ evidence: url.slice(0, 20), message });
  } else if ((address.kind === "site" && !address.relative) || (address.kind === "elsewhere" && /^https?:/i.test(url))) {
    // Web addresses too: one on this site's own address must lead somewhere (see load.ts).
    links.push(url);
  }
}

function checkPicture(src: string, findings: Finding[], links: string[], images: string[]): void {
  const address = readAddress(src);
  if (address.kind === "site" && !address.relative && address.path.startsWith("/assets/")) {
    links.push(src);
    images.push(src);
    return;
  }
  const message =
    address.kind === "elsewhere" || (address.kind === "refused" && address.reason.startsWith("points at another site"))
      ? `<img> loads ${JSON.stringify(src)} from another site (expected a file stored under /assets/)`
      : `<img> source ${JSON.stringify(src)} is not allowed (expected a file under /assets/)`;
  findings.push({ evidence: src.slice(0, 20), message });
}

/** What is wrong in a token and its children, and the site paths they link to. */
function inspect(token: Token, findings: Finding[], links: string[], images: string[]): void {
  if (token.type === "link_open") checkLink(String(token.attrGet("href") ?? ""), findings, links);
  if (token.type === "image") {
    checkPicture(String(token.attrGet("src") ?? ""), findings, links, images);
    if (token.content.trim() === "") {
      findings.push({ evidence: "![", message: "a picture has no description (expected ![what the picture shows](/assets/images/…))" });
    }
  }
  if (token.type === "heading_open" && token.tag === "h1") {
    findings.push({ evidence: "#", message: "a level-1 heading repeats the page title (expected ## for the sections of the page)" });
  }
  for (const child of token.children ?? []) inspect(child, findings, links, images);
}

export interface RenderedMarkdown {
  html: string;
  problems: Problem[];
  /** Links to other pages and files of this site, to check that they exist. */
  links: Array<{ url: string; line: number }>;
  /** Pictures on this site the body shows, to resize at build time. */
  images: string[];
}

/** Resized versions of pictures, by the site path the Markdown uses. */
export type ImageVersions = ReadonlyMap<string, ResponsiveImage>;

const defaultImage = markdown.renderer.rules.image!;
// A picture that was resized at build time becomes the layouts' <picture>, as wide as the text column; Preact escapes every attribute.
markdown.renderer.rules.image = (tokens, index, options, env, renderer) => {
  const token = tokens[index]!;
  const image = (env as { versions?: ImageVersions } | undefined)?.versions?.get(String(token.attrGet("src")));
  if (!image) return defaultImage(tokens, index, options, env, renderer);
  const alt = renderer.renderInlineAsText(token.children ?? [], options, env);
  return renderToString(h(Picture, { image, alt, sizes: TEXT_COLUMN }));
};

const hasEditorHtml = (tokens: readonly Token[]) =>
  tokens.some((token) => token.type === "html_block" || (token.children ?? []).some((child) => child.type === "html_inline"));

/** The rendered HTML with, for each stretch of it, the source line it came from and whether an editor wrote it as HTML. */
interface RenderedWithSources {
  html: string;
  /** [offset, line], by increasing offset. */
  lines: Array<[number, number]>;
  /** [start, end) offsets of HTML the editor wrote. */
  editorHtml: Array<[number, number]>;
}

/** markdown-it's Renderer.render, one token at a time, noting where each token's output starts. */
function renderWithSources(tokens: Token[], env: Record<string, unknown>, firstLine: number): RenderedWithSources {
  const { renderer, options } = markdown;
  let html = "";
  const lines: Array<[number, number]> = [];
  const editorHtml: Array<[number, number]> = [];
  const emit = (list: Token[], index: number, line: number) => {
    const token = list[index]!;
    const rule = renderer.rules[token.type];
    const output = rule ? rule(list, index, options, env, renderer) : renderer.renderToken(list, index, options);
    lines.push([html.length, line]);
    if (token.type === "html_block" || token.type === "html_inline") {
      editorHtml.push([html.length, html.length + output.length]);
      // An HTML block spans lines of its own: note where each starts.
      let offset = output.indexOf("\n");
      for (let extra = 1; offset !== -1 && offset < output.length - 1; extra++, offset = output.indexOf("\n", offset + 1)) lines.push([html.length + offset + 1, line + extra]);
    }
    html += output;
  };
  let line = firstLine;
  tokens.forEach((token, index) => {
    if (token.map) line = firstLine + token.map[0];
    if (token.type !== "inline") return emit(tokens, index, line);
    let inlineLine = line;
    const children = token.children ?? [];
    children.forEach((child, childIndex) => {
      emit(children, childIndex, inlineLine);
      if (child.type === "softbreak" || child.type === "hardbreak") inlineLine++;
      else inlineLine += (child.content.match(/\n/g) ?? []).length;
    });
  });
  return { html, lines, editorHtml };
}

/** Ids of the page around the text, which markdown-it-anchor must not give to a heading. */
const reservedSlugs = () => Object.fromEntries([...PAGE_IDS].map((id) => [id, true]));

/** Renders a Markdown body; `firstLine` is the body's first line in its file, for error positions. */
export function renderMarkdown(body: string, file: string, firstLine: number, versions?: ImageVersions): RenderedMarkdown {
  const env = { versions, markdownItAnchor: { slugs: reservedSlugs() } };
  const tokens = markdown.parse(body, env);
  const lines = body.split("\n");
  const problems: Problem[] = [];
  const links: RenderedMarkdown["links"] = [];
  const images: string[] = [];
  for (const token of tokens) {
    const findings: Finding[] = [];
    const found: string[] = [];
    inspect(token, findings, found, images);
    const [from, to] = token.map ?? [0, lines.length];
    // Block tokens know their lines; the first line of the block that shows the evidence is the one to fix.
    const lineOf = (evidence: string) => {
      const offset = lines.slice(from, to).findIndex((line) => line.toLowerCase().includes(evidence.toLowerCase()));
      return firstLine + from + Math.max(offset, 0);
    };
    for (const finding of findings) problems.push({ file, line: lineOf(finding.evidence), field: "body", message: finding.message });
    for (const url of found) links.push({ url, line: lineOf(url) });
  }
  // Markdown alone makes only well-formed, escaped HTML; what an editor wrote as HTML is judged as a browser reads it.
  if (!hasEditorHtml(tokens)) return { html: markdown.renderer.render(tokens, markdown.options, env), problems, links, images: [...new Set(images)] };
  const rendered = renderWithSources(tokens, env, firstLine);
  const checked = checkEditorHtml(rendered);
  for (const finding of checked.findings) problems.push({ file, field: "body", ...finding });
  for (const link of checked.links) links.push(link);
  return { html: checked.html, problems, links, images: [...new Set(images)] };
}
