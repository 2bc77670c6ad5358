// Participant lists: _data/participants/<name>.csv, one row per person.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { plural } from "../schema/format.ts";
import { PARTICIPANT_COLUMNS, PARTICIPANTS_FOLDER, participantFields, type Participant } from "../schema/participant.ts";
import type { Problem } from "./problems.ts";
import { readSource } from "./source.ts";
import { validate } from "./validate.ts";

const COLUMNS = PARTICIPANT_COLUMNS.join(",");

/**
 * Every participants file by name, such as workshop-2016.csv. A file with problems still counts as existing, so
 * workshops that name it are not reported as well. `files` are the paths the loader found, when it has listed them.
 */
export function loadParticipants(root: string, problems: Problem[], files?: readonly string[]): Record<string, Participant[]> {
  const lists: Record<string, Participant[]> = {};
  for (const name of participantFiles(root, problems, files)) {
    const file = `${PARTICIPANTS_FOLDER}/${name}`;
    lists[name] = readParticipants(join(root, file), file, problems);
  }
  return lists;
}

function participantFiles(root: string, problems: Problem[], files: readonly string[] | undefined): string[] {
  let names: string[];
  if (files) {
    names = files.filter((path) => path.startsWith(`${PARTICIPANTS_FOLDER}/`)).map((path) => path.slice(PARTICIPANTS_FOLDER.length + 1));
  } else {
    const folder = join(root, PARTICIPANTS_FOLDER);
    if (!existsSync(folder)) return [];
    try {
      // Symbolic links are the loader's to judge (one may point out of the repository): without its list, none is followed.
      names = readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isSymbolicLink() ? [] : [entry.name]));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "error";
      problems.push({ file: PARTICIPANTS_FOLDER, line: 1, field: "folder", message: `cannot be read: ${code} (expected a folder of CSV files, one per event)` });
      return [];
    }
  }
  // Names starting with a dot are editors' and systems' own files, such as macOS's ._workshop-2016.csv.
  return names.filter((name) => name.endsWith(".csv") && !name.includes("/") && !name.startsWith(".")).sort();
}

/** The participants in one file; every problem in it is reported, each on its own line. */
function readParticipants(absolutePath: string, file: string, problems: Problem[]): Participant[] {
  const source = readSource(absolutePath, file);
  if ("problem" in source) {
    problems.push(source.problem);
    return [];
  }
  const { records, unreadable } = readRecords(source.text);
  const report = (line: number, field: string, message: string) => problems.push({ file, line, field, message });
  for (const { line, message } of unreadable) report(line, "row", message);
  const [header, ...rows] = records;
  if (!header || (unreadable[0] && unreadable[0].line < header.line)) {
    // Without a readable first line there are no columns to read the rows by.
    if (!header && unreadable.length === 0) report(1, "file", `is empty (expected the line ${COLUMNS}, then one line per person)`);
    return [];
  }
  if (header.values.join(",") !== COLUMNS) {
    report(header.line, "columns", `${JSON.stringify(header.values.join(","))} are not the expected columns (expected ${COLUMNS})`);
    return [];
  }
  return rows.flatMap(({ values, line }) => {
    const problem = columnCountProblem(values);
    if (problem) {
      report(line, "row", problem);
      return [];
    }
    const row = Object.fromEntries(PARTICIPANT_COLUMNS.map((column, index) => [column, values[index]]));
    const participant = validate(participantFields, row, file, { lineOf: () => line }, problems);
    return participant ? [participant] : [];
  });
}

const count = (n: number) => ["no", "one", "two", "three"][n] ?? String(n);
const columns = (n: number) => plural(n, "column");

/** A row with more or fewer values than the header would put a person's country in another column. */
function columnCountProblem(values: string[]): string | undefined {
  const difference = values.length - PARTICIPANT_COLUMNS.length;
  if (difference < 0) return `has ${columns(values.length)}, ${count(-difference)} fewer than the header (expected ${COLUMNS}, separated by commas)`;
  if (difference === 0) return undefined;
  const has = `has ${columns(values.length)}, ${count(difference)} more than the header`;
  if (values.slice(PARTICIPANT_COLUMNS.length).every((value) => value === "")) {
    const commas = difference === 1 ? "a comma" : `${difference} commas`;
    return `${has}, because the line ends with ${commas} (expected ${COLUMNS}; remove ${difference === 1 ? "the comma" : "the commas"} at the end)`;
  }
  return `${has} (expected ${COLUMNS}; put a value that contains a comma between double quotes, such as "GBIF Spain, Madrid")`;
}

interface CsvRecord {
  values: string[];
  /** The line the record starts on. */
  line: number;
}

const UNCLOSED_QUOTE = `has a double quote that is not closed on the same line (expected a " at the end of the quoted value, and "" for a quote inside it)`;
const TEXT_AFTER_QUOTE = `has text after a closing double quote (expected the whole value between double quotes, and "" for a quote inside it, such as "Ana ""Anita"" Pérez")`;

/**
 * Every record of a CSV text as spreadsheets save it (RFC 4180), with the line it starts on: values separated by
 * commas; a value with a comma, a quote or a line break between double quotes, with "" for a quote inside it.
 * Spaces around values are dropped, a quote inside an unquoted value is kept, and blank lines and rows of empty
 * values are left out. A malformed record is one problem and reading goes on at the next line, so every row is
 * read; each character is read at most twice, however hostile the file.
 */
function readRecords(csv: string): { records: CsvRecord[]; unreadable: Array<{ line: number; message: string }> } {
  const text = csv.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const records: CsvRecord[] = [];
  const unreadable: Array<{ line: number; message: string }> = [];
  /** Where the line that `from` is on ends: at its line break, or at the end of the text. */
  const lineEnd = (from: number) => {
    const end = text.indexOf("\n", from);
    return end === -1 ? text.length : end;
  };
  let at = 0;
  let line = 1;
  while (at < text.length) {
    const start = line;
    const values: string[] = [];
    /** A quote that is not closed where it should be, and where it opened. */
    let problem: { message: string; at: number; line: number } | undefined;
    for (;;) {
      while (text[at] === " " || text[at] === "\t") at++;
      if (text[at] === '"') {
        const opened = { at, line };
        let value = "";
        for (at++; at < text.length && !(text[at] === '"' && text[at + 1] !== '"'); at++) {
          if (text[at] === '"') at++;
          else if (text[at] === "\n") line++;
          value += text[at];
        }
        at++;
        while (text[at] === " " || text[at] === "\t") at++;
        // Past the end of the file, or closed on a later line and followed by more text: the quote was meant to close on its own line.
        if (at > text.length || (line > opened.line && at < text.length && text[at] !== "," && text[at] !== "\n")) {
          problem = { message: UNCLOSED_QUOTE, ...opened };
          break;
        }
        if (at < text.length && text[at] !== "," && text[at] !== "\n") {
          problem = { message: TEXT_AFTER_QUOTE, at, line };
          break;
        }
        values.push(value);
      } else {
        const from = at;
        while (at < text.length && text[at] !== "," && text[at] !== "\n") at++;
        values.push(text.slice(from, at).trim());
      }
      if (text[at] !== ",") break;
      at++;
    }
    if (problem) {
      // Read on from the line after the problem, which may be before lines the quote swallowed.
      unreadable.push({ line: problem.line, message: problem.message });
      at = lineEnd(problem.at);
      line = problem.line;
    } else if (values.some((value) => value !== "")) {
      records.push({ values, line: start });
    }
    // Past the line break that ends the record.
    at++;
    line++;
  }
  return { records, unreadable };
}
