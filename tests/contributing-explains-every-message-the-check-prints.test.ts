// CONTRIBUTING.md's table of messages explains every problem `npm run check` and the build can print. The messages
// are read from the source itself, so a message added without a row in the table fails here, naming where it is.
//
// How a message is found. Each module of the folders below is read as the TypeScript scanner reads it (comments
// and regular expressions skipped, templates nested), and each string or template literal in it is reduced to its
// wordings: `${…}` becomes a wildcard, a choice between literals (`cond ? "a" : "b"`) gives one wording per branch,
// a value looked up in a table of literals (`NOUNS[key]`) one per value, and a function's parameter the literals
// its calls pass (`wrongType("a date")` makes `${show(input)} is not ${noun}` read "… is not a date"). A wording is
// a problem message when it explains itself in brackets ("(expected …)", "(did you mean …?)", "(see …)", or a
// bracketed constant), when it starts with what is wrong ("is …", "has …", "contains …"), or when it is a
// `message:` or `reason:`; a string passed to a method (`reason.startsWith("uses ")`) is compared with, never shown.
//
// What must be in the table. A message's phrase is what is wrong: the wording before its brackets, from its first
// word (the value it shows is left out), cut at the first ", " "; " or ": " that follows two words or more and no
// value, so one row can cover a family ("is empty" covers "is empty: it has only invisible characters"). The phrase
// must appear in one `code span` of the table's Message column, its wildcards standing for any text there, such as
// an example value or "…".
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { REPOSITORY } from "./helpers/site.ts";

/** The modules the check and the build report problems from; src/import/ (the importer's notes) and src/cli/ (usage) are not. */
const MESSAGE_FOLDERS = ["src/schema", "src/content", "src/redirects", "src/images", "src/materials", "src/assets"];

/**
 * Reasons that are read but never shown as written: every caller of readAddress() replaces an unsafe scheme's
 * reason with "is not a safe link", "link to … is not allowed" or "is not a path on this site".
 */
const NEVER_SHOWN = ["uses …:, which is not a safe link", "uses …, which is not a safe link"];

/** Stands for an interpolated value in a wording. */
const WILDCARD = "\u0000";
/** In masked code, the first character of a string or template literal, and the rest of it. */
const LITERAL_START = "\uE001";
const LITERAL = /\uE001\uE000*/;

interface Literal {
  start: number;
  end: number;
  /** Fixed text, and the `${…}` expressions between it. */
  parts: Array<string | Region>;
  /** The masked code just before it: what it is the value or the argument of. */
  before: string;
}

/** Code with its comments blanked and each literal masked, at the same offsets, and the literals by their start. */
interface Region {
  start: number;
  end: number;
  masked: string;
  literals: Map<number, Literal>;
}

/** Words after which a "/" starts a regular expression rather than dividing. */
const BEFORE_AN_EXPRESSION = new Set(["return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw", "yield", "await", "instanceof"]);

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", v: "\v", 0: "\0", "\n": "", "\r\n": "" };
const unescape = (raw: string) =>
  raw.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_, escape: string) =>
    escape.length > 1 && /^[ux]/.test(escape) ? String.fromCodePoint(Number.parseInt(escape.replace(/^[ux]\{?|\}$/g, ""), 16)) : (ESCAPES[escape] ?? escape),
  );

/** One module's literals, and what each can say. */
class Module {
  readonly code: string;
  readonly top: Region;
  readonly literals: Literal[] = [];
  private readonly byStart = new Map<number, Literal>();

  constructor(readonly file: string) {
    this.code = readFileSync(join(REPOSITORY, file), "utf8");
    this.top = this.region(0, false);
    const collect = (region: Region) => {
      for (const literal of region.literals.values()) {
        this.literals.push(literal);
        this.byStart.set(literal.start, literal);
        for (const part of literal.parts) if (typeof part !== "string") collect(part);
      }
    };
    collect(this.top);
  }

  lineAt(offset: number): number {
    return this.code.slice(0, offset).split("\n").length;
  }

  private fail(offset: number, why: string): never {
    throw new Error(`${this.file}:${this.lineAt(offset)}: ${why}; the test cannot read this module's messages`);
  }

  /** Code from `start` to the end of the module, or, in a template, to the `}` that closes its `${`. */
  private region(start: number, inTemplate: boolean): Region {
    const { code } = this;
    const literals = new Map<number, Literal>();
    let masked = "";
    let depth = 0;
    let previous = "";
    let at = start;
    while (at < code.length) {
      const character = code[at]!;
      if (character === "/" && (code[at + 1] === "/" || code[at + 1] === "*")) {
        const end = code[at + 1] === "/" ? code.indexOf("\n", at) + 1 || code.length : code.indexOf("*/", at + 2) + 2;
        if (end === 1) this.fail(at, "a comment is never closed");
        masked += code.slice(at, end).replace(/[^\n]/g, " ");
        at = end;
        continue;
      }
      const regularExpression = character === "/" && (previous === "" || BEFORE_AN_EXPRESSION.has(previous) || /^[^\w$)\]}]$/.test(previous));
      if (character === '"' || character === "'" || character === "`" || regularExpression) {
        const literal = regularExpression ? undefined : character === "`" ? this.template(at, masked) : this.string(at, masked);
        const end = literal?.end ?? this.regularExpressionEnd(at);
        if (literal) literals.set(at, literal);
        masked += literal ? LITERAL_START.padEnd(end - at, "\uE000") : "R".repeat(end - at);
        previous = "x";
        at = end;
        continue;
      }
      if (inTemplate && character === "{") depth++;
      if (inTemplate && character === "}" && depth-- === 0) return { start, end: at, masked, literals };
      const word = /^[\w$]+/.exec(code.slice(at, at + 100))?.[0];
      if (word) previous = word;
      // A "!" right after a value says it is not null, so a "/" after it divides.
      else if (!/\s/.test(character) && !(character === "!" && /[\w$)\]]/.test(code[at - 1] ?? ""))) previous = character;
      masked += word ?? character;
      at += word?.length ?? 1;
    }
    if (inTemplate) this.fail(start, "a template's ${ is never closed");
    return { start, end: at, masked, literals };
  }

  private string(start: number, before: string): Literal {
    const quote = this.code[start]!;
    let at = start + 1;
    while (this.code[at] !== quote) {
      if (at >= this.code.length || this.code[at] === "\n") this.fail(start, "a string is not closed on its line");
      at += this.code[at] === "\\" ? 2 : 1;
    }
    return { start, end: at + 1, parts: [unescape(this.code.slice(start + 1, at))], before: before.slice(-40) };
  }

  private template(start: number, before: string): Literal {
    const parts: Literal["parts"] = [];
    let text = "";
    let at = start + 1;
    while (this.code[at] !== "`") {
      if (at >= this.code.length) this.fail(start, "a template is never closed");
      if (this.code[at] === "\\") {
        text += this.code.slice(at, at + 2);
        at += 2;
      } else if (this.code.startsWith("${", at)) {
        const expression = this.region(at + 2, true);
        parts.push(unescape(text), expression);
        text = "";
        at = expression.end + 1;
      } else {
        text += this.code[at++];
      }
    }
    parts.push(unescape(text));
    return { start, end: at + 1, parts, before: before.slice(-40) };
  }

  private regularExpressionEnd(start: number): number {
    let inClass = false;
    for (let at = start + 1; at < this.code.length && this.code[at] !== "\n"; at++) {
      const character = this.code[at];
      if (character === "\\") at++;
      else if (character === "[") inClass = true;
      else if (character === "]") inClass = false;
      else if (character === "/" && !inClass) return at + 1 + /^[a-z]*/.exec(this.code.slice(at + 1))![0].length;
    }
    return this.fail(start, "a regular expression is not closed on its line");
  }

  /** Each text a literal can have, with a wildcard for each value that is not known from the source. */
  wordings(literal: Literal, seen: ReadonlySet<Literal> = new Set()): string[] {
    if (seen.has(literal)) return [WILDCARD];
    const inside = new Set([...seen, literal]);
    let wordings = [""];
    for (const part of literal.parts) {
      const choices = typeof part === "string" ? [part] : this.expressionWordings(part.masked, part.start, literal, inside);
      wordings = [...new Set(wordings.flatMap((wording) => choices.map((choice) => wording + choice)))];
    }
    return wordings;
  }

  /** The texts an expression, given as masked code that starts at `offset`, can have. */
  private expressionWordings(masked: string, offset: number, literal: Literal, seen: ReadonlySet<Literal>): string[] {
    const literalAt = (index: number) => this.byStart.get(offset + index)!;
    if (new RegExp(`^\\s*${LITERAL.source}\\s*$`).test(masked)) return this.wordings(literalAt(masked.indexOf(LITERAL_START)), seen);
    if (new RegExp(`\\s\\?\\s*${LITERAL.source}\\s*:\\s*${LITERAL.source}\\s*$`).test(masked)) {
      const second = masked.lastIndexOf(LITERAL_START);
      return [...this.wordings(literalAt(masked.lastIndexOf(LITERAL_START, second - 1)), seen), ...this.wordings(literalAt(second), seen)];
    }
    const name = /^\s*([\w$]+)\s*$/.exec(masked)?.[1];
    if (name) return this.argumentWordings(name, literal, seen);
    const table = /^\s*([\w$]+)\[[^\]]*\]!?\s*$/.exec(masked)?.[1];
    return table ? this.tableWordings(table, seen) : [WILDCARD];
  }

  /** The values of a table of literals, such as `const NOUNS = { partners: "is not a partner", … }`. */
  private tableWordings(name: string, seen: ReadonlySet<Literal>): string[] {
    const masked = this.top.masked;
    const declaration = new RegExp(`\\b(?:const|let)\\s+${escapeRegExp(name)}\\s*(?::[^=]+)?=\\s*\\{`).exec(masked);
    if (!declaration) return [WILDCARD];
    const from = declaration.index + declaration[0].length - 1;
    const body = masked.slice(from, bodyEnd(masked, from));
    const values = [...body.matchAll(/:\s*\uE001/g)].flatMap((match) => this.wordings(this.byStart.get(from + match.index + match[0].length - 1)!, seen));
    return values.length > 0 ? values : [WILDCARD];
  }

  /** What the calls of the function around `literal` pass for its `parameter`, where they pass a literal. */
  private argumentWordings(parameter: string, literal: Literal, seen: ReadonlySet<Literal>): string[] {
    const masked = this.top.masked;
    let declaration: { name: string; index: number } | undefined;
    for (const match of masked.matchAll(FUNCTION_DECLARATION)) {
      if (match.index > literal.start) break;
      const parameters = (match[2] ?? match[4]!).split(",").map((entry) => /^\s*(?:\.\.\.)?([\w$]+)/.exec(entry)?.[1]);
      const index = parameters.indexOf(parameter);
      if (index >= 0 && bodyEnd(masked, match.index + match[0].length) > literal.start) declaration = { name: match[1] ?? match[3]!, index };
    }
    if (!declaration) return [WILDCARD];
    const passed: string[] = [];
    for (const call of masked.matchAll(new RegExp(`(?<![\\w$.])${escapeRegExp(declaration.name)}\\s*\\(`, "g"))) {
      if (/(?:function|const|let)\s+$/.test(masked.slice(0, call.index))) continue;
      const [from, to] = callArguments(masked, call.index + call[0].length - 1)[declaration.index] ?? [0, 0];
      const argument = masked.slice(from, to);
      if (new RegExp(`^\\s*${LITERAL.source}\\s*$`).test(argument))
        passed.push(...this.wordings(this.byStart.get(from + argument.indexOf(LITERAL_START))!, seen));
    }
    return passed.length > 0 ? [...new Set(passed)] : [WILDCARD];
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `function name(…)` or `const name = (…) =>`: the name, and the parameters. */
const FUNCTION_DECLARATION = /function\s+([\w$]+)\s*(?:<[^>]*>)?\s*\(([^)]*)\)[^{]*|(?:const|let)\s+([\w$]+)\s*=\s*\(([^)]*)\)\s*(?::[^=]+?)?=>/g;

/** Where the function body or the value that starts at `from` ends: at the end of its block, or of its expression. */
function bodyEnd(masked: string, from: number): number {
  const block = /^\s*\{/.test(masked.slice(from));
  let depth = 0;
  for (let at = from; at < masked.length; at++) {
    const character = masked[at]!;
    if ("([{".includes(character)) depth++;
    else if (")]}".includes(character) && (--depth < 0 || (block && depth === 0))) return at;
    else if (depth === 0 && (character === ";" || character === ",")) return at;
  }
  return masked.length;
}

/** The arguments of the call whose "(" is at `open`, as [start, end) offsets. */
function callArguments(masked: string, open: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let depth = 0;
  let from = open + 1;
  for (let at = open; at < masked.length; at++) {
    const character = masked[at]!;
    if ("([{".includes(character)) depth++;
    else if (")]}".includes(character) && --depth === 0) return [...found, [from, at]];
    else if (depth === 1 && character === ",") {
      found.push([from, at]);
      from = at + 1;
    }
  }
  return found;
}

/** "(expected …)", "(did you mean …?)", "(see …)", or a constant in brackets such as "(${SAFE_DRAWING})". */
const EXPLANATION = / \((?:expected|did you mean|see |\u0000\)$)/;
/** The words a message starts with when it says what is wrong, after the value it shows. */
const WHAT_IS_WRONG =
  /^(?:is|are|has|does|contains|cannot|reaches|points|uses|lies|starts|would|gives|differs|closes|puts|changes|loads|makes|still|missing|unknown|disappeared)\b/;

const wordCount = (text: string) => text.replaceAll(WILDCARD, " ").match(/[A-Za-z]+/g)?.length ?? 0;

/** What is wrong, as the table must name it: before the brackets, from the first word, up to the first clause of two words or more. */
function phraseOf(wording: string): string {
  const explanation = wording.search(EXPLANATION);
  const text = explanation < 0 ? wording : wording.slice(0, explanation);
  const start = /[A-Za-z<]/.test(text.split(WILDCARD)[0]!) ? text.search(/\S/) : text.search(/(?<=\s)[A-Za-z<]/);
  const problem = start < 0 ? "" : text.slice(start).trimEnd();
  for (const boundary of problem.matchAll(/[,;:] /g)) {
    const clause = problem.slice(0, boundary.index);
    if (wordCount(clause) >= 2 && !clause.endsWith(WILDCARD)) return clause;
  }
  return problem;
}

interface Message {
  /** What is wrong, with "…" where the message shows a value. */
  phrase: string;
  /** Where it is written, as file:line. */
  places: string[];
}

const shown = (text: string) => text.replaceAll(WILDCARD, "…");

const sourceFiles = (folder: string): string[] =>
  readdirSync(join(REPOSITORY, folder), { recursive: true, encoding: "utf8" })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => `${folder}/${name.replaceAll("\\", "/")}`)
    .sort();

/** The modules read for messages; pages and components (.tsx) print none. */
const messageModules = () => MESSAGE_FOLDERS.flatMap(sourceFiles).filter((name) => name.endsWith(".ts"));

function extractMessages(): Message[] {
  const messages = new Map<string, Message>();
  for (const file of messageModules()) {
    const module = new Module(file);
    for (const literal of module.literals) {
      if (/\.[\w$]+\(\s*$/.test(literal.before)) continue;
      const named = /\b(?:message|reason)\s*:\s*$/.test(literal.before);
      for (const wording of module.wordings(literal)) {
        const explained = EXPLANATION.test(wording);
        if (!explained && !named && !WHAT_IS_WRONG.test(wording.replace(/^[\s\u0000"]+/, ""))) continue;
        const phrase = shown(phraseOf(wording));
        // A wording with no words of its own only joins other messages; those are found where they are written.
        if (wordCount(phrase) < (explained ? 1 : 2)) continue;
        const place = `${file}:${module.lineAt(literal.start)}`;
        const message = messages.get(phrase) ?? { phrase, places: [] };
        if (!message.places.includes(place)) message.places.push(place);
        messages.set(phrase, message);
      }
    }
  }
  return [...messages.values()];
}

/** The `code spans` of the Message column of every table in "What the error messages mean". */
function documentedMessages(guide: string): string[] {
  const section = guide.split(/^(?=## )/m).find((part) => part.startsWith("## What the error messages mean\n")) ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !/^\| (?:Message|---) \|/.test(line))
    .flatMap((line) => [...line.split(" | ")[0]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
}

/** A phrase as a pattern: its "…" stand for any text, including a "…" in the table. */
const patternOf = (phrase: string) =>
  new RegExp(
    phrase
      .split("…")
      .map(escapeRegExp)
      .join(".+?")
      .replace(/\.\+\?$/, ".+"),
  );

function undocumented(messages: readonly Message[], spans: readonly string[]): Message[] {
  return messages.filter((message) => !NEVER_SHOWN.includes(message.phrase) && !spans.some((span) => patternOf(message.phrase).test(span)));
}

const listed = (messages: readonly Message[]) => messages.map((message) => `  ${message.phrase}    (${message.places.join(", ")})`).join("\n");

const guide = readFileSync(join(REPOSITORY, "CONTRIBUTING.md"), "utf8");
const messages = extractMessages();
const spans = documentedMessages(guide);

test("every message the check and the build print has a row in CONTRIBUTING's table", () => {
  const missing = undocumented(messages, spans);
  const these = missing.length === 1 ? "this message" : `these ${missing.length} messages`;
  assert.ok(
    missing.length === 0,
    `CONTRIBUTING.md, "What the error messages mean", has no row for ${these} ("…" is a value it shows); add one, with what to do:\n${listed(missing)}`,
  );
});

test("the messages are read from the source: the known ones are found, and enough of them", () => {
  const phrases = messages.map((message) => message.phrase);
  for (const known of [
    "is not a real date",
    "is not a date",
    "unknown field",
    "still the placeholder written by npm run new",
    "is not a partner",
    // Found through a table of literals, a function's parameter, a choice between literals and a `reason:`.
    "contains the line separator U+2028 …",
    "is not true or false",
    "is the home page",
    "the value of … has a colon followed by a space",
  ]) {
    assert.ok(phrases.includes(known), `"${known}" is not found among the ${phrases.length} messages read`);
  }
  assert.ok(messages.length >= 150, `only ${messages.length} messages read`);
  assert.ok(spans.length >= 150, `only ${spans.length} messages in the table`);
  for (const phrase of NEVER_SHOWN) assert.ok(phrases.includes(phrase), `"${phrase}" is no longer in the source: remove it from NEVER_SHOWN`);
});

test("a message whose row is taken out of the table is reported, with where it is written", () => {
  const withoutDates = spans.filter((span) => !span.includes("date"));
  const missing = undocumented(messages, withoutDates);
  const date = missing.find((message) => message.phrase === "is not a real date");
  assert.ok(date, listed(missing));
  assert.ok(
    date.places.some((place) => place.startsWith("src/schema/fields.ts:")),
    date.places.join(", "),
  );
  assert.ok(!missing.some((message) => message.phrase === "unknown field"));
});

test("no module outside the folders read here writes a problem message", () => {
  const read = new Set(messageModules());
  const others = sourceFiles("src").filter((file) => !read.has(file) && !/^src\/(?:import|cli)\//.test(file));
  const writing = others.filter((file) => / \(expected /.test(readFileSync(join(REPOSITORY, file), "utf8")));
  assert.deepEqual(writing, [], `add their folders to MESSAGE_FOLDERS: ${writing.join(", ")}`);
});
