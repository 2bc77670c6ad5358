// The one Markdown renderer: markdown-it with heading anchors and typography, HTML allowed,
// and a check that refuses scripts, event handlers, unsafe links and third-party embeds.
import MarkdownIt from "markdown-it";
import anchor from "markdown-it-anchor";
import { Parser } from "htmlparser2";
import { isSafeUrl, slugify, urlScheme } from "../schema/fields.ts";
import type { ResponsiveImage } from "../images/process.ts";
import type { Problem } from "./problems.ts";

/** Heading ids an editor can predict, made like file names: "Data & Tools" becomes "data-tools". */
export const headingId = slugify;

export const markdown = new MarkdownIt({ html: true, typographer: true, linkify: false }).use(anchor, {
  level: [2, 3, 4],
  slugify: headingId,
  tabIndex: false,
  permalink: anchor.permalink.headerLink({ safariReaderFix: true }),
});
type Token = ReturnType<typeof markdown.parse>[number];

// Every link becomes a token, so the check below can refuse an unsafe one with an error instead of dropping it silently.
markdown.validateLink = () => true;

/** Elements that run code, restyle the page or pull in another site. */
const FORBIDDEN_ELEMENTS = new Set(["script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link"]);
const LINK_ATTRIBUTES = new Set(["href", "action", "formaction", "xlink:href", "cite"]);
const LOAD_ATTRIBUTES = new Set(["src", "srcset", "poster", "data", "background"]);

const SAFE_LINK = "an https:// address or a path on this site";

interface Finding {
  /** Text to look for in the source, to place the finding on its line. */
  evidence: string;
  message: string;
}

function checkLink(url: string, findings: Finding[]): void {
  if (!isSafeUrl(url)) findings.push({ evidence: url.slice(0, 20), message: `link to ${JSON.stringify(url)} is not allowed (expected ${SAFE_LINK})` });
}

function checkLoad(url: string, element: string, findings: Finding[]): void {
  for (const candidate of url.split(",").map((part) => part.trim().split(/\s+/)[0] ?? "")) {
    if (!candidate) continue;
    if (!isSafeUrl(candidate)) {
      findings.push({ evidence: candidate.slice(0, 20), message: `<${element}> source ${JSON.stringify(candidate)} is not allowed (expected a file under /assets/)` });
    } else if (urlScheme(candidate) !== undefined || candidate.startsWith("//")) {
      findings.push({
        evidence: candidate.slice(0, 20),
        message: `<${element}> loads ${JSON.stringify(candidate)} from another site (expected a file stored under /assets/)`,
      });
    }
  }
}

const isSitePath = (url: string) => url.startsWith("/") && !url.startsWith("//");

function checkHtml(html: string, findings: Finding[], links: string[]): void {
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (FORBIDDEN_ELEMENTS.has(name)) {
          findings.push({ evidence: `<${name}`, message: `<${name}> is not allowed in content (expected Markdown, or HTML without scripts, styles or embeds)` });
        }
        if (name === "img") {
          findings.push({ evidence: "<img", message: "<img> in HTML skips resizing (expected a Markdown picture: ![what it shows](/assets/images/…))" });
        }
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute === "style") {
            findings.push({ evidence: "style=", message: `style= on <${name}> is not allowed in content (expected the site's stylesheet to do the styling)` });
          } else if (attribute.startsWith("on")) {
            findings.push({
              evidence: attribute,
              message: `${attribute}= on <${name}> is not allowed in content (expected HTML without event handlers)`,
            });
          } else if (LINK_ATTRIBUTES.has(attribute)) {
            checkLink(value, findings);
            if (isSitePath(value)) links.push(value);
          } else if (LOAD_ATTRIBUTES.has(attribute)) {
            checkLoad(value, name, findings);
            if (attribute !== "srcset" && isSitePath(value)) links.push(value);
          }
        }
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.write(html);
  parser.end();
}

/** What is wrong in a token and its children, and the site paths they link to. */
function inspect(token: Token, findings: Finding[], links: string[], images: string[]): void {
  if (token.type === "html_block" || token.type === "html_inline") checkHtml(token.content, findings, links);
  if (token.type === "link_open") {
    const href = String(token.attrGet("href") ?? "");
    checkLink(href, findings);
    if (isSitePath(href)) links.push(href);
  }
  if (token.type === "image") {
    const src = String(token.attrGet("src") ?? "");
    checkLoad(src, "img", findings);
    if (isSitePath(src)) {
      links.push(src);
      images.push(src);
    }
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
// A picture that was resized at build time becomes <picture> with its sizes; markdown-it escapes every attribute.
markdown.renderer.rules.image = (tokens, index, options, env, renderer) => {
  const token = tokens[index]!;
  const image = (env as { versions?: ImageVersions } | undefined)?.versions?.get(String(token.attrGet("src")));
  if (!image) return defaultImage(tokens, index, options, env, renderer);
  const escape = markdown.utils.escapeHtml;
  const alt = escape(renderer.renderInlineAsText(token.children ?? [], options, env));
  const sources = image.sources.map((source) => `<source type="${escape(source.type)}" srcset="${escape(source.srcset)}" sizes="(min-width: 46rem) 42rem, 100vw">`).join("");
  return `<picture>${sources}<img src="${escape(image.src)}" width="${image.width}" height="${image.height}" alt="${alt}" loading="lazy" decoding="async"></picture>`;
};

/** Renders a Markdown body; `firstLine` is the body's first line in its file, for error positions. */
export function renderMarkdown(body: string, file: string, firstLine: number, versions?: ImageVersions): RenderedMarkdown {
  const env = { versions };
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
  return { html: markdown.renderer.render(tokens, markdown.options, env), problems, links, images: [...new Set(images)] };
}
