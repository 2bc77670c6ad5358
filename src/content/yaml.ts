// YAML parsing that remembers where every value came from, so errors can name a line.
// Editors write plain values: tags (!!js/function, !foo), anchors (&a), aliases (*a) and repeated keys are refused.
import { CORE_SCHEMA, load } from "js-yaml";
import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Document, type Node, type Pair } from "yaml";
import type { FieldPath } from "../schema/content-type.ts";

/** Something in the YAML itself that an editor must change, found before any schema sees the value. */
interface YamlProblem {
  path: FieldPath;
  line: number;
  message: string;
}

export interface ParsedYaml {
  value: unknown;
  /** The 1-based line of the value at a path, or of its nearest existing parent. */
  lineOf(path: FieldPath): number;
  /** Tags, anchors, aliases and repeated keys, each refused on its own line. */
  problems?: YamlProblem[];
  /** Where a refused value was replaced by null: what a schema says about those places would only repeat the problem. */
  leftOut?: FieldPath[];
}

export class YamlSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
    /** What to write instead, when the mistake is one editors often make. */
    readonly fix?: string,
  ) {
    super(reason);
  }

  /** The problem as editors read it: the mistake and its fix in their words, or the parser's reason. */
  get explanation(): string {
    return this.fix ? `${this.reason} (expected ${this.fix})` : `cannot be read: ${this.reason} (expected valid YAML)`;
  }
}

/**
 * Where a tag (!), an anchor (&name) or an alias (*name) could start a node. YAML needs a space, a line start or a
 * flow indicator before one, so text such as "R&D" or "R & D" does not match; a false match only costs speed.
 */
const NODE_PROPERTY = /(?:^|[\s[\]{},:])(?:!|[&*][^\s[\]{},])/m;

/**
 * Parses YAML 1.2 (dates stay text); `firstLine` is where the YAML starts in its file.
 * js-yaml reads plain values, ten times faster than the `yaml` package; the `yaml` package, which keeps every
 * node's position, runs when a line is asked for, when the text is invalid, so its messages name the cause, and
 * when the text may hold a tag, an anchor or an alias, which it finds without ever expanding an alias.
 */
export function parseYaml(source: string, firstLine = 1): ParsedYaml {
  const plain = NODE_PROPERTY.test(source) ? undefined : readPlain(source);
  if (!plain) return parseWithPositions(source, firstLine);
  let positions: Pick<ParsedYaml, "lineOf"> | undefined;
  const lineOf = (path: FieldPath) => {
    try {
      positions ??= parseWithPositions(source, firstLine);
    } catch {
      // The two readers disagree on this text: name its first line rather than no line.
      positions = { lineOf: () => firstLine };
    }
    return positions.lineOf(path);
  };
  return { value: plain.value, lineOf, problems: [], leftOut: [] };
}

function readPlain(source: string): { value: unknown } | undefined {
  try {
    return { value: load(source, { schema: CORE_SCHEMA }) ?? null };
  } catch {
    return undefined;
  }
}

function parseWithPositions(source: string, firstLine: number): ParsedYaml {
  const lineCounter = new LineCounter();
  // YAML 1.2's core schema even under a %YAML 1.1 directive, so dates stay text and << is an ordinary key.
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false, version: "1.2", schema: "core" });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const error = document.errors[0];
  if (error) {
    const plain = plainMistake(error.code, error.message, source, error.pos[0]);
    if (plain) throw new YamlSyntaxError(lineAt(plain.offset), plain.reason, plain.fix);
    throw new YamlSyntaxError(lineAt(error.pos[0]), syntaxReason(error.message, source, error.pos[0]));
  }
  const { problems, leftOut } = refuseWhatEditorsNeverWrite(document, source, lineAt);
  let value: unknown;
  try {
    value = document.toJS() ?? null;
  } catch (cause) {
    if (!(cause instanceof RangeError)) throw cause;
    throw new YamlSyntaxError(firstLine, NESTED_TOO_DEEPLY);
  }
  return { value, lineOf: (path) => lineAt(offsetOf(document, path)), problems, leftOut };
}

const NESTED_TOO_DEEPLY = "the values are nested too deeply";

/** A value, list item or flow item that starts with !, & or *, such as "title: *Draft* agenda". */
const VALUE_STARTING_WITH_PROPERTY = /(?:^\s*|:\s+|-\s+|[[{,]\s*)([!&*])\S/;

const quoteHint = (character: string) => `put text that starts with ${character} between double quotes`;

/** The `yaml` package's message, with a hint when the line holds text that YAML read as a tag, an anchor or an alias. */
/**
 * The mistakes editors make most, in their words with the fix: a colon inside a value, a tab, no space after a
 * colon, a quote never closed, a list item without its dash, a field indented out of line.
 */
function plainMistake(code: string, message: string, source: string, offset: number): { offset: number; reason: string; fix: string } | undefined {
  const lineStart = (at: number) => source.lastIndexOf("\n", at - 1) + 1;
  const lineText = (start: number) => source.slice(start, source.indexOf("\n", start) === -1 ? undefined : source.indexOf("\n", start));
  const start = lineStart(offset);
  const line = lineText(start);
  if (code === "TAB_AS_INDENT" || /^ *\t/.test(line)) return { offset: start, reason: "starts with a tab", fix: "spaces to indent the line; YAML does not accept tabs" };
  const noSpace = /^(\s*(?:- )?)([A-Za-z_][\w-]*):([^\s/].*)$/.exec(line);
  if (noSpace && (code === "MULTILINE_IMPLICIT_KEY" || code === "BLOCK_AS_IMPLICIT_KEY")) {
    return { offset: start, reason: `has no space after the colon in ${JSON.stringify(`${noSpace[2]}:${noSpace[3]}`)}`, fix: `a space after the colon: ${noSpace[2]}: ${noSpace[3]}` };
  }
  const colonInValue = /^(\s*(?:- )?)([A-Za-z_][\w-]*):\s+([^"'\s[{|>].*?:\s.*)$/.exec(line);
  if (colonInValue && code === "BLOCK_AS_IMPLICIT_KEY") {
    const [, , key, value] = colonInValue;
    return { offset: start, reason: `the value of ${key} has a colon followed by a space, which YAML reads as the start of another field`, fix: `the value in double quotes: ${key}: ${JSON.stringify(value!.trim())}` };
  }
  const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
  if (quote) {
    // The parser notices at the end of the text; the mistake is on the line that opens the quote.
    let opening = start;
    for (let at = start; at >= 0; at = lineStart(at - 1)) {
      if (new RegExp(`:\\s+${quote}`).test(lineText(at))) {
        opening = at;
        break;
      }
      if (at === 0) break;
    }
    const key = /^\s*(?:- )?([A-Za-z_][\w-]*):/.exec(lineText(opening))?.[1] ?? "title";
    return { offset: opening, reason: `has a ${quote} that is never closed`, fix: `the value to end with ${quote} on the same line, such as ${key}: ${quote}…${quote}` };
  }
  if (/Sequence item without - indicator/.test(message)) return { offset: start, reason: 'is an item of a list without "- " in front', fix: 'each item of a list to start with "- ", at the same indentation' };
  if (/Flow sequence .* end with a \]/.test(message)) return { offset: start, reason: "has a list in [ ] that is not closed", fix: "the list to end with ] on the same line, such as authors: [Ana, Luis]" };
  if (code === "BLOCK_AS_IMPLICIT_KEY") {
    // "city: M" followed by "   country: ES": the parser stops on the first line, the stray indentation is on the next.
    const next = source.indexOf("\n", start) + 1;
    const indent = (text: string) => /^ */.exec(text)![0].length;
    const offending = next > 0 && /^\s*[\w-]+:\s+\S/.test(line) && indent(lineText(next)) > indent(line) ? next : start;
    return { offset: offending, reason: "is indented differently from the field above it", fix: "the fields of a group to start at the same column, two spaces in from their group's name" };
  }
  return undefined;
}

function syntaxReason(message: string, source: string, offset: number): string {
  const reason = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  if (/Maximum call stack size exceeded/.test(reason)) return NESTED_TOO_DEEPLY;
  const start = source.lastIndexOf("\n", offset - 1) + 1;
  const end = source.indexOf("\n", offset);
  const property = VALUE_STARTING_WITH_PROPERTY.exec(source.slice(start, end === -1 ? undefined : end))?.[1];
  return property ? `${reason}; ${quoteHint(property)}` : reason;
}

/** !!js/function as written, rather than as the tag:yaml.org,2002:js/function it stands for. */
function tagAsWritten(tag: string): string {
  if (tag.startsWith("tag:yaml.org,2002:")) return `!!${tag.slice("tag:yaml.org,2002:".length)}`;
  return tag.startsWith("!") ? tag : `!<${tag}>`;
}

const MESSAGES = {
  tag: (tag: string) => `the YAML tag ${tagAsWritten(tag)} is not allowed (expected a plain value without a ! tag; ${quoteHint("!")})`,
  anchor: (anchor: string) => `the YAML anchor &${anchor} is not allowed (expected the value written out in full; ${quoteHint("&")})`,
  alias: (anchor: string) => `the YAML alias *${anchor} is not allowed (expected the value written out in full; ${quoteHint("*")})`,
  repeated: (firstLine: number) => `is given twice, first at line ${firstLine} (expected each field once)`,
  nameIsNotText: "has a list or a group of fields as a field name (expected a plain name before the colon)",
  noName: "has a value without a field name (expected a name before the colon)",
};

/**
 * Tags construct values (functions, binary data, sets), aliases repeat values and, nested, multiply them into a
 * "billion laughs"; editors need neither. Each is reported on its line and its value replaced by null, before
 * anything expands an alias, so the document stays as small as its text.
 */
function refuseWhatEditorsNeverWrite(document: Document, source: string, lineAt: (offset: number) => number): Required<Pick<ParsedYaml, "problems" | "leftOut">> {
  const problems: YamlProblem[] = [];
  const leftOut: FieldPath[] = [];
  const startOf = (node: unknown, fallback: number) => (isNode(node) && node.range ? node.range[0] : fallback);
  interface Slot {
    node: unknown;
    path: FieldPath;
    /** The line of the value's key; a list item's or the document's own line is found from its node. */
    line?: number;
    replace(node: Node): void;
  }
  // A node's range starts after its tag or anchor, which may be on the line before: look back for it.
  const lineOfProperty = (node: Node, marker: string) => lineAt(Math.max(0, source.lastIndexOf(marker, node.range?.[0] ?? 0)));
  // An explicit stack, not recursion: deep nesting the parser accepted must not overflow here.
  const slots: Slot[] = [{ node: document.contents, path: [], replace: (node) => (document.contents = node) }];
  // Each alias is reported where it is first used: a "billion laughs" repeats a few of them many times over.
  const firstAliases = new Map<string, { offset: number; problem: YamlProblem }>();
  for (let slot = slots.pop(); slot; slot = slots.pop()) {
    const { node, path } = slot;
    if (isAlias(node)) {
      const offset = startOf(node, 0);
      if ((firstAliases.get(node.source)?.offset ?? Number.POSITIVE_INFINITY) > offset) {
        firstAliases.set(node.source, { offset, problem: { path, line: slot.line ?? lineAt(offset), message: MESSAGES.alias(node.source) } });
      }
      slot.replace(new Scalar(null));
      leftOut.push(path);
      continue;
    }
    if (!isNode(node)) continue;
    if (node.anchor) problems.push({ path, line: slot.line ?? lineOfProperty(node, `&${node.anchor}`), message: MESSAGES.anchor(node.anchor) });
    if (node.tag) {
      problems.push({ path, line: slot.line ?? lineOfProperty(node, "!"), message: MESSAGES.tag(node.tag) });
      slot.replace(new Scalar(null));
      leftOut.push(path);
      continue;
    }
    if (isMap(node)) {
      const firstLines = new Map<string, number>();
      const kept: Array<Pair<unknown, unknown>> = [];
      for (const pair of node.items) {
        const keyLine = lineAt(startOf(pair.key, startOf(pair.value, node.range?.[0] ?? 0)));
        if (isAlias(pair.key) || !isScalar(pair.key)) {
          const message = isAlias(pair.key) ? MESSAGES.alias(pair.key.source) : pair.key === null ? MESSAGES.noName : MESSAGES.nameIsNotText;
          problems.push({ path, line: keyLine, message });
          continue;
        }
        const key = pair.key;
        const name = key.tag && typeof key.source === "string" ? key.source : String(key.value);
        const keyPath = [...path, name];
        if (key.anchor) problems.push({ path: keyPath, line: keyLine, message: MESSAGES.anchor(key.anchor) });
        if (key.tag) {
          problems.push({ path: keyPath, line: keyLine, message: MESSAGES.tag(key.tag) });
          pair.key = new Scalar(name);
        }
        const first = firstLines.get(name);
        if (first === undefined) firstLines.set(name, keyLine);
        else problems.push({ path: keyPath, line: keyLine, message: MESSAGES.repeated(first) });
        kept.push(pair);
        slots.push({ node: pair.value, path: keyPath, line: keyLine, replace: (value) => (pair.value = value) });
      }
      node.items = kept;
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        slots.push({ node: item, path: [...path, index], replace: (value) => (node.items[index] = value) });
      });
    }
  }
  for (const { problem } of firstAliases.values()) problems.push(problem);
  return { problems, leftOut };
}

function offsetOf(document: Document, path: FieldPath): number {
  let node: unknown = document.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      node = node.items[key];
      if (!node) break;
      offset = (node as Node).range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return offset;
}
