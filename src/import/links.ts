// Links in Markdown read the way the old site's Markdown read them (kramdown took spaces and brackets in an
// address), and written the way CommonMark reads them: an address with a space or a bracket goes between < >.
export interface LinkTargets {
  /** The new address for a link to an old page or file, or undefined to keep the link as written. */
  resolve(link: string): string | undefined;
}

interface MarkdownLink {
  /** Where the whole link starts and ends in the text, from its [ to its ). */
  start: number;
  end: number;
  image: boolean;
  text: string;
  destination: string;
  title: string;
}

/** Every [text](destination "title") in the text, with brackets inside the destination kept: (SOS) - 2022.pptx. */
export function findLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  for (let open = markdown.indexOf("]("); open !== -1; open = markdown.indexOf("](", open + 2)) {
    const start = openingBracket(markdown, open);
    if (start === undefined) continue;
    const parsed = destination(markdown, open + 2);
    if (!parsed) continue;
    const image = markdown[start - 1] === "!";
    links.push({
      start: image ? start - 1 : start,
      end: parsed.end,
      image,
      text: markdown.slice(start + 1, open),
      destination: parsed.destination,
      title: parsed.title,
    });
  }
  // A link whose text is a picture ([![alt](src)](href)) holds another link: keep the outer one.
  return links.filter((link) => !links.some((outer) => outer !== link && outer.start <= link.start && outer.end >= link.end));
}

/** Where the [ that this ]( closes is, counting nested brackets such as [![alt](src)](href). */
function openingBracket(markdown: string, close: number): number | undefined {
  let depth = 0;
  for (let index = close - 1; index >= 0; index--) {
    const character = markdown[index];
    if (character === "\n" && markdown[index - 1] === "\n") return undefined;
    if (character === "]") depth++;
    if (character === "[") {
      if (depth === 0) return index;
      depth--;
    }
  }
  return undefined;
}

function destination(markdown: string, from: number): { destination: string; title: string; end: number } | undefined {
  if (markdown[from] === "<") {
    const close = markdown.indexOf(">", from);
    if (close === -1 || markdown.slice(from, close).includes("\n")) return undefined;
    const end = markdown.indexOf(")", close);
    if (end === -1) return undefined;
    return { destination: markdown.slice(from + 1, close), title: markdown.slice(close + 1, end).trim(), end: end + 1 };
  }
  let depth = 0;
  for (let index = from; index < markdown.length; index++) {
    const character = markdown[index];
    if (character === "\n") return undefined;
    if (character === "(") depth++;
    if (character === ")") {
      if (depth === 0) {
        const inside = markdown.slice(from, index);
        const titled = /^(.*?)\s+("[^"]*"|'[^']*')\s*$/.exec(inside);
        return { destination: (titled?.[1] ?? inside).trim(), title: titled?.[2] ?? "", end: index + 1 };
      }
      depth--;
    }
  }
  return undefined;
}

/** A destination as CommonMark reads it: with a space, a bracket or an angle bracket it goes between < >. */
function writeDestination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/>/g, "%3E")}>` : url;
}

/**
 * Links to old pages and files rewritten to their new addresses, pictures from other sites turned into their
 * descriptions (this site loads nothing from elsewhere), and a note for each link that still leads nowhere.
 */
export function rewriteLinks(markdown: string, targets: LinkTargets): { text: string; notes: string[] } {
  const notes: string[] = [];
  let text = "";
  let last = 0;
  for (const link of findLinks(markdown)) {
    text += markdown.slice(last, link.start);
    last = link.end;
    const label = link.text.replace(/!\[([^\]]*)\]\((?:<[^>]*>|[^)]*)\)/g, (_, alt: string) => {
      notes.push(`a picture from another site (${alt || "no description"}) became its description; store the picture under /assets/images/ to show it`);
      return alt;
    });
    const original = link.destination.trim();
    const local = original.replace(/^(?:\.\.\/)+/, "/");
    const resolved = local.startsWith("/") ? targets.resolve(local) : undefined;
    if (link.image && /^https?:/i.test(original)) {
      notes.push(`the picture ${original} is on another site and became its description; store it under /assets/images/ to show it`);
      text += label;
      continue;
    }
    const target = resolved ?? (local !== original ? local : original);
    text += `${link.image ? "!" : ""}[${label}](${writeDestination(target)}${link.title ? ` ${link.title}` : ""})`;
  }
  return { text: text + markdown.slice(last), notes };
}

/** Links that lead nowhere ([text]()) as their text: the old site showed them as dead links, this site refuses them. */
export function withoutEmptyLinks(markdown: string, notes: string[]): string {
  let text = "";
  let last = 0;
  for (const link of findLinks(markdown).filter((found) => found.destination.trim() === "")) {
    text += markdown.slice(last, link.start) + link.text;
    last = link.end;
    notes.push(`the link "${link.text}" had no address, so it is plain text now; link it again if its page can be found`);
  }
  return text + markdown.slice(last);
}
