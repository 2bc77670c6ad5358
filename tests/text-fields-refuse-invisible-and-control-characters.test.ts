// Text that looks filled in but shows nothing counts as empty; control characters pasted from other programs are
// refused with their code and where they are; only summaries and descriptions may have line breaks.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { problemsIn, VALID_FILES } from "./helpers/repository.ts";

const NEWS = "content/news/2020-01-01-hello.md";
/** A news post with YAML double-quoted values, so escapes such as \u200B put exactly those characters in. */
const news = ({ title = "Hello", summary = "First post.", author = "Editor" }: { title?: string; summary?: string; author?: string }) =>
  `---\ntitle: "${title}"\ndate: 2020-01-01\nauthors: ["${author}"]\nsummary: "${summary}"\n---\n\nNews body.\n`;

describe("values that show nothing are empty", () => {
  for (const [name, escaped] of [
    ["a zero-width space", "\\u200B"],
    ["zero-width non-joiner and joiner", "\\u200C\\u200D"],
    ["a word joiner", "\\u2060"],
    ["a soft hyphen", "\\u00AD"],
    ["a byte order mark between word joiners", "\\u2060\\uFEFF\\u2060"],
    ["a Hangul filler", "\\u3164"],
    ["a braille blank", "\\u2800"],
    ["bidirectional controls", "\\u202E\\u202D\\u2066\\u2069\\u200E\\u200F"],
    ["a mix of them with spaces", " \\u200B\\u3000\\u00A0\\u2060 "],
  ]) {
    test(`a title of ${name} is empty`, () => {
      assert.deepEqual(problemsIn({ [NEWS]: news({ title: escaped }) }), [`${NEWS}:2: title: is empty: it has only invisible characters (expected text)`]);
    });
  }

  test("a title of spaces is empty, as before", () => {
    assert.deepEqual(problemsIn({ [NEWS]: news({ title: "   " }) }), [`${NEWS}:2: title: is empty (expected text)`]);
  });

  test("a summary and a name in a list that show nothing are empty too", () => {
    assert.deepEqual(problemsIn({ [NEWS]: news({ summary: "\\u200B\\n\\u200B", author: "\\u2060" }) }), [
      `${NEWS}:4: authors[0]: is empty: it has only invisible characters (expected a person's name)`,
      `${NEWS}:5: summary: is empty: it has only invisible characters (expected text of at most 300 characters)`,
    ]);
  });
});

describe("control characters in one-line fields", () => {
  for (const [name, escaped] of [
    ["a line feed", "\\n"],
    ["a carriage return", "\\r"],
    ["a next-line character", "\\u0085"],
    ["a line separator", "\\u2028"],
    ["a paragraph separator", "\\u2029"],
  ]) {
    test(`${name} is a line break`, () => {
      assert.deepEqual(problemsIn({ [NEWS]: news({ title: `Living Atlases${escaped}Workshop` }) }), [
        `${NEWS}:2: title: contains a line break after "Living Atlases" (expected text on one line)`,
      ]);
    });
  }

  test("a literal block gives a line break too", () => {
    assert.deepEqual(problemsIn({ [NEWS]: news({}).replace('title: "Hello"', "title: |\n  Living Atlases\n  Workshop") }), [
      `${NEWS}:2: title: contains a line break after "Living Atlases" (expected text on one line)`,
    ]);
  });

  test("a tab says to use spaces", () => {
    assert.deepEqual(problemsIn({ [NEWS]: news({ title: "Living\\tAtlases" }) }), [
      `${NEWS}:2: title: contains a tab after "Living" (expected spaces instead of tabs)`,
    ]);
  });

  for (const [code, escaped] of [
    ["U+0000", "\\0"],
    ["U+0007", "\\a"],
    ["U+001B", "\\e"],
    ["U+007F", "\\x7F"],
    ["U+0080", "\\x80"],
    ["U+009F", "\\u009F"],
  ]) {
    test(`${code} is named, with the text before it`, () => {
      assert.deepEqual(problemsIn({ [NEWS]: news({ title: `Living Atlases${escaped}Workshop` }) }), [
        `${NEWS}:2: title: contains the invisible control character ${code} after "Living Atlases" (expected plain text; delete it, or type that part again)`,
      ]);
    });
  }

  test("a control character at the start says so, and only the last words before one are quoted", () => {
    assert.deepEqual(problemsIn({ [NEWS]: news({ title: "\\aHello", author: "An editor whose name is long\\x01" }) }), [
      `${NEWS}:2: title: contains the invisible control character U+0007 at the start (expected plain text; delete it, or type that part again)`,
      `${NEWS}:4: authors[0]: contains the invisible control character U+0001 after "r whose name is long" (expected plain text; delete it, or type that part again)`,
    ]);
  });

  test("half of a character pair is broken text", () => {
    assert.deepEqual(problemsIn({ [NEWS]: news({ title: "Hello \\uD83D" }) }), [
      `${NEWS}:2: title: contains the broken character U+D83D after "Hello " (expected whole characters; type that part again)`,
    ]);
  });

  test("data files and participant lists are held to the same rules", () => {
    assert.deepEqual(
      problemsIn({
        "_data/installations.yaml": VALID_FILES["_data/installations.yaml"]!.replace("name: Test Portal", 'name: "Test\\u200BPortal\\u0007"'),
        "_data/site.yaml": VALID_FILES["_data/site.yaml"]!.replace("branch: main", 'branch: "\\u200B"'),
        "_data/participants/test-workshop.csv": "name,organisation,country\nAna\tPérez,GBIF Spain,Spain\n",
      }),
      [
        `_data/installations.yaml:2: test-portal.name: contains the invisible control character U+0007 after "Test\u200BPortal" (expected plain text; delete it, or type that part again)`,
        `_data/participants/test-workshop.csv:2: name: contains a tab after "Ana" (expected spaces instead of tabs)`,
        `_data/site.yaml:5: branch: is empty: it has only invisible characters (expected a branch name such as main)`,
      ],
    );
  });
});

describe("summaries and descriptions may have paragraphs", () => {
  test("line breaks are allowed in a summary and in the site's description", () => {
    assert.deepEqual(
      problemsIn({
        [NEWS]: news({ summary: "First sentence.\\n\\nSecond paragraph.\\r\\nThird." }),
        "_data/site.yaml": VALID_FILES["_data/site.yaml"]!.replace("description: A test site.", "description: |\n  A test site.\n\n  For tests."),
        "content/workshops/test-workshop.md": VALID_FILES["content/workshops/test-workshop.md"]!.replace(
          "summary: Five days in Madrid.",
          "summary: >\n  Five days\n\n  in Madrid.",
        ),
        "content/pages/faq.md": VALID_FILES["content/pages/faq.md"]!.replace("summary: Questions.", 'summary: "Questions\\nand answers."'),
      }),
      [],
    );
  });

  test("other control characters are still refused there", () => {
    assert.deepEqual(problemsIn({ [NEWS]: news({ summary: "First sentence.\\n\\tSecond\\u2028Third" }) }), [
      `${NEWS}:5: summary: contains a tab after "First sentence.\\n" (expected spaces instead of tabs)`,
    ]);
    assert.deepEqual(problemsIn({ [NEWS]: news({ summary: "First sentence.\\u2028Second" }) }), [
      `${NEWS}:5: summary: contains the line separator U+2028 after "First sentence." (expected an ordinary line break)`,
    ]);
    assert.deepEqual(problemsIn({ [NEWS]: news({ summary: "First sentence.\\u0007" }) }), [
      `${NEWS}:5: summary: contains the invisible control character U+0007 after "First sentence." (expected plain text; delete it, or type that part again)`,
    ]);
  });
});

test("right-to-left text, bidirectional marks, joiners and emoji are ordinary text", () => {
  assert.deepEqual(
    problemsIn({
      [NEWS]: news({
        title: "Tom & Jerry <b>bold</b> \\u202ERTL — أطلس الحياة\\u200F",
        summary: "Ñandú 🦜, 👩\\u200D🔬 and a word\\u00ADbreak",
        author: "\\u200FAna",
      }),
    }),
    [],
  );
});
