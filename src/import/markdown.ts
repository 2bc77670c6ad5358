// An old page's text as this site's Markdown: Liquid read and removed, layout HTML turned into Markdown, headings
// renumbered under the page title, links to old pages and files pointed at their new addresses.
import { htmlToMarkdown } from "./html.ts";
import { renderLiquid, type Liquid, type LiquidContext } from "./liquid.ts";
import { rewriteLinks, type LinkTargets } from "./links.ts";

interface Body {
  text: string;
  liquid: Liquid;
  notes: string[];
}

/** The whole conversion of a page's text; what it changed or could not convert is in `notes`. */
export function convertBody(content: string, context: LiquidContext, links: LinkTargets): Body {
  const notes: string[] = [];
  // The layout printed the title; a heading that only repeats it ({{ page.title }}, {{ page.institution }}) goes.
  // A bare "Description" heading only opened the page's text.
  const withoutTitle = content
    .replace(/\r\n/g, "\n")
    .replace(/^[ \t]*#+[ \t]*{{\s*page\.(?:title|institution|name)\s*}}[ \t]*$/gm, "")
    .replace(/^[ \t]*#+[ \t]*Description[ \t]*$/gim, "");
  const liquid = renderLiquid(withoutTitle, context);
  if (liquid.removed.length > 0) {
    const shown = [...new Set(liquid.removed)].slice(0, 3).join(", ");
    notes.push(`left out Liquid that has no meaning here (${shown}${liquid.removed.length > 3 ? ", …" : ""}); check that the text around it still reads well`);
  }
  const html = htmlToMarkdown(liquid.text);
  notes.push(...new Set(html.changes));
  const linked = rewriteLinks(renumberHeadings(html.text), links);
  notes.push(...linked.notes);
  return { text: tidy(linked.text), liquid, notes };
}

/** The page's title is its only level-1 heading; the headings it had keep their order of levels from ## down. */
function renumberHeadings(markdown: string): string {
  const levels = [...new Set([...markdown.matchAll(/^(#{1,6})[ \t]+\S/gm)].map((match) => match[1]!.length))].sort((a, b) => a - b);
  const level = new Map(levels.map((old, index) => [old, Math.min(6, index + 2)]));
  return markdown.replace(/^(#{1,6})[ \t]+(?=\S)/gm, (_, hashes: string) => `${"#".repeat(level.get(hashes.length)!)} `);
}

export function tidy(markdown: string): string {
  return markdown
    .replace(/[ \t]+$/gm, "")
    .replace(/^(#{2,6} .*)\n(?!\n)/gm, "$1\n\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Sections by their heading, so converters can take out the ones that become fields (participants, resources). */
export function sections(markdown: string): Array<{ heading: string; level: number; text: string }> {
  const parts = markdown.split(/^(?=#{2,6} )/m);
  return parts.map((part) => {
    const match = /^(#{2,6}) (.+)$/m.exec(part);
    return match && part.startsWith("#") ? { heading: match[2]!.trim(), level: match[1]!.length, text: part } : { heading: "", level: 1, text: part };
  });
}

/** The first real paragraph, as plain text of at most 300 characters, cut at a sentence or a word. */
export function firstParagraph(markdown: string): string | undefined {
  const paragraph = markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find((block) => block && !/^(#|-|\*|\||!|\d+\.|>|_Published)/.test(block));
  return paragraph ? summaryOf(paragraph) : undefined;
}

/** Text as a summary: Markdown taken out, at most 300 characters, cut after a sentence where one fits. */
export function summaryOf(text: string): string {
  const plain = text
    .replace(/!?\[([^\]]*)\]\((?:<[^>]*>|[^)]*)\)/g, "$1")
    .replace(/[*_`]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const sentences = plain.match(/[^.!?:]+[.!?:]+(?:\s|$)/g) ?? [];
  // A paragraph that ends by announcing a list ("its responsibilities are:") reads better without that last part.
  if (plain.length <= 300 && !(plain.endsWith(":") && sentences.length > 1)) return plain;
  let kept = "";
  for (const sentence of sentences) {
    if ((kept + sentence).trim().length > 300 || sentence.trim().endsWith(":")) break;
    kept += sentence;
  }
  if (kept.trim()) return kept.trim();
  const cut = plain.slice(0, 298);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}
