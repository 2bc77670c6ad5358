// A participants CSV that a spreadsheet or a hand edit got wrong is reported row by row, one line each, with the
// line it is on; rows after a broken one are still read, and the list still counts as existing.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadSiteContent } from "../src/content/load.ts";
import { makeRepository, problemsIn, removeTemporary, VALID_FILES } from "./helpers/repository.ts";

const CSV = "_data/participants/test-workshop.csv";
const HEADER = "name,organisation,country\n";
const EXPECTED = "name,organisation,country";

/** The participants the loader reads from a CSV text, with the problems it reports. */
function participantsOf(csv: string) {
  const root = makeRepository({ [CSV]: csv });
  try {
    const { content, problems } = loadSiteContent(root);
    return { participants: content.participants["test-workshop.csv"], problems };
  } finally {
    removeTemporary(root);
  }
}

describe("rows with the wrong number of columns", () => {
  test("a value with an unquoted comma is one column too many, and the country stays where it belongs", () => {
    assert.deepEqual(problemsIn({ [CSV]: `${HEADER}Ana Pérez,GBIF Spain,Spain\nBo Li,GBIF Spain, Madrid,Spain\n` }), [
      `${CSV}:3: row: has 4 columns, one more than the header (expected ${EXPECTED}; put a value that contains a comma between double quotes, such as "GBIF Spain, Madrid")`,
    ]);
  });

  test("a row with a missing value is one column short", () => {
    assert.deepEqual(problemsIn({ [CSV]: `${HEADER}Ana Pérez,Spain\nBo Li\n` }), [
      `${CSV}:2: row: has 2 columns, one fewer than the header (expected ${EXPECTED}, separated by commas)`,
      `${CSV}:3: row: has 1 column, two fewer than the header (expected ${EXPECTED}, separated by commas)`,
    ]);
  });

  test("a comma at the end of a line, as some spreadsheets save it, says so", () => {
    assert.deepEqual(problemsIn({ [CSV]: `${HEADER}Ana Pérez,GBIF Spain,Spain,\nBo Li,GBIF Portugal,Portugal,,\n` }), [
      `${CSV}:2: row: has 4 columns, one more than the header, because the line ends with a comma (expected ${EXPECTED}; remove the comma at the end)`,
      `${CSV}:3: row: has 5 columns, two more than the header, because the line ends with 2 commas (expected ${EXPECTED}; remove the commas at the end)`,
    ]);
  });

  test("a row with the wrong number of columns adds no participant", () => {
    const { participants } = participantsOf(`${HEADER}Ana Pérez,GBIF Spain,Spain\nBo Li,GBIF Spain, Madrid,Spain\n`);
    assert.deepEqual(participants, [{ name: "Ana Pérez", organisation: "GBIF Spain", country: "Spain" }]);
  });
});

describe("quotes", () => {
  test("a quote that is never closed is reported on the line it opens, and the rows after it are still read", () => {
    assert.deepEqual(problemsIn({ [CSV]: `${HEADER}Ana Pérez,GBIF Spain,Spain\n"Bo Li,GBIF Portugal,Portugal\nCy,,France\n` }), [
      `${CSV}:3: row: has a double quote that is not closed on the same line (expected a " at the end of the quoted value, and "" for a quote inside it)`,
      `${CSV}:4: organisation: is empty (expected text)`,
    ]);
  });

  test("a quote closed only on a later line, with more text after it, is reported where it opened, and the lines in between are read", () => {
    assert.deepEqual(problemsIn({ [CSV]: `${HEADER}"Bo Li,GBIF Portugal,Portugal\nCy,,France\n"Dee",GBIF,France\n` }), [
      `${CSV}:2: row: has a double quote that is not closed on the same line (expected a " at the end of the quoted value, and "" for a quote inside it)`,
      `${CSV}:3: organisation: is empty (expected text)`,
    ]);
  });

  test("text after a closing quote is reported, and the rows after it are still read", () => {
    assert.deepEqual(problemsIn({ [CSV]: `${HEADER}"Ana" Pérez,GBIF Spain,Spain\nBo Li,GBIF Portugal\nCy,Z,France\n` }), [
      `${CSV}:2: row: has text after a closing double quote (expected the whole value between double quotes, and "" for a quote inside it, such as "Ana ""Anita"" Pérez")`,
      `${CSV}:3: row: has 2 columns, one fewer than the header (expected ${EXPECTED}, separated by commas)`,
    ]);
  });

  test("quoted values may hold commas and doubled quotes, and a quote inside a plain value is kept", () => {
    const { participants, problems } = participantsOf(`${HEADER}"Pérez, Ana","GBIF ""Spain""",Spain\nAna "Anita" Li,GBIF,Portugal\n`);
    assert.deepEqual(problems, []);
    assert.deepEqual(participants, [
      { name: "Pérez, Ana", organisation: 'GBIF "Spain"', country: "Spain" },
      { name: 'Ana "Anita" Li', organisation: "GBIF", country: "Portugal" },
    ]);
  });

  test("a quoted value over two lines is a line break in a one-line field, on the line where the row starts", () => {
    assert.deepEqual(problemsIn({ [CSV]: `${HEADER}Ana Pérez,"GBIF\nSpain",Spain\nBo Li,GBIF,\n` }), [
      `${CSV}:2: organisation: contains a line break after "GBIF" (expected text on one line)`,
      `${CSV}:4: country: is empty (expected text)`,
    ]);
  });
});

describe("the shape of the file", () => {
  test("an empty file says what its first line should be", () => {
    assert.deepEqual(problemsIn({ [CSV]: "" }), [`${CSV}:1: file: is empty (expected the line ${EXPECTED}, then one line per person)`]);
    assert.deepEqual(problemsIn({ [CSV]: "\n \n" }), [`${CSV}:1: file: is empty (expected the line ${EXPECTED}, then one line per person)`]);
  });

  test("a file with only its header is an event without participants yet", () => {
    assert.deepEqual(participantsOf(HEADER), { participants: [], problems: [] });
  });

  test("a byte order mark, Windows line ends, blank lines and rows of empty values are read as a spreadsheet saves them", () => {
    const { participants, problems } = participantsOf(
      `\uFEFFname,organisation,country\r\nAna Pérez,GBIF Spain,Spain\r\n\r\n,,\r\nBo Li,GBIF Portugal,Portugal\r\n`,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(participants, [
      { name: "Ana Pérez", organisation: "GBIF Spain", country: "Spain" },
      { name: "Bo Li", organisation: "GBIF Portugal", country: "Portugal" },
    ]);
  });

  test("line numbers count Windows line ends and blank lines", () => {
    assert.deepEqual(problemsIn({ [CSV]: `name,organisation,country\r\n\r\nAna Pérez,GBIF Spain\r\n` }), [
      `${CSV}:3: row: has 2 columns, one fewer than the header (expected ${EXPECTED}, separated by commas)`,
    ]);
  });

  test("other columns are still reported once, on the first line", () => {
    assert.deepEqual(problemsIn({ [CSV]: "name,institution,country\nAna,GBIF Spain,Spain\nBo\n" }), [
      `${CSV}:1: columns: "name,institution,country" are not the expected columns (expected ${EXPECTED})`,
    ]);
  });
});

test("a hostile file of broken rows is read at once, one problem per row", () => {
  const rows = 20_000;
  const started = performance.now();
  const problems = problemsIn({ [CSV]: `${HEADER}${'"a" b,c,d\n'.repeat(rows)}` });
  assert.ok(performance.now() - started < 3000, `took ${Math.round(performance.now() - started)} ms`);
  assert.equal(problems.length, rows);
  problems.forEach((problem, index) =>
    assert.equal(
      problem,
      `${CSV}:${index + 2}: row: has text after a closing double quote (expected the whole value between double quotes, and "" for a quote inside it, such as "Ana ""Anita"" Pérez")`,
    ),
  );
});

describe("a broken list still exists", () => {
  for (const [problem, csv] of [
    ["is empty", ""],
    ["has an unclosed quote", `${HEADER}"Ana,GBIF,Spain\n`],
    ["has a row with too many columns", `${HEADER}Ana,GBIF, Madrid,Spain\n`],
    ["is not UTF-8", Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0xe9, 0x0a])],
  ] as const) {
    test(`a workshop that names a list that ${problem} is not told the list does not exist`, () => {
      const problems = problemsIn({ [CSV]: csv });
      assert.equal(problems.length, 1, problems.join("\n"));
      assert.ok(problems[0]!.startsWith(`${CSV}:`), problems[0]);
      assert.ok(VALID_FILES["content/workshops/test-workshop.md"]!.includes("participants: test-workshop.csv"));
    });
  }
});
