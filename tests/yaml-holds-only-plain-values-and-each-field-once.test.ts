// Front matter and data files hold plain values. YAML tags that construct values, anchors and aliases (including
// a "billion laughs"), repeated keys and keys such as __proto__ are each one problem line, on their line.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { problemsIn, VALID_FILES } from "./helpers/repository.ts";

const WORKSHOP = "content/workshops/test-workshop.md";
const FIELDS = "title, kind, start, end, online, location, summary, project, participants, materials, redirect_from, draft";
/** The valid workshop, with `extra` from line 9 and the title on line 2 replaced when `title` is given. */
const workshop = (extra: string, title = "Test workshop") =>
  `---\ntitle: ${title}\nkind: workshop\nstart: 2018-02-19\nlocation:\n  city: Madrid\n  country: ES\nsummary: Five days in Madrid.\n${extra}---\n\nBody text.\n`;
const TAG_EXPECTED = "(expected a plain value without a ! tag; put text that starts with ! between double quotes)";
const ANCHOR_EXPECTED = "(expected the value written out in full; put text that starts with & between double quotes)";
const ALIAS_EXPECTED = "(expected the value written out in full; put text that starts with * between double quotes)";

describe("tags", () => {
  for (const [tag, value] of [
    ["!!js/function", "'function () { return process.exit(1) }'"],
    ["!!js/regexp", "/^.*$/"],
    ["!!js/undefined", "''"],
    ["!!python/object:os.system", '["rm -rf /"]'],
    ["!!python/object/apply:os.system", '["rm -rf /"]'],
    ["!exec", "ls"],
    ["!!binary", "aGVsbG8="],
    ["!!timestamp", "2018-02-19"],
    ["!!set", "{ a, b }"],
    ["!!omap", "[ a: 1, b: 2 ]"],
    ["!!str", "2018"],
    ["!", "plain"],
  ]) {
    test(`${tag} is refused on its line, and its value is not also reported`, () => {
      assert.deepEqual(problemsIn({ [WORKSHOP]: workshop("", `${tag} ${value}`) }), [
        `${WORKSHOP}:2: title: the YAML tag ${tag} is not allowed ${TAG_EXPECTED}`,
      ]);
    });
  }

  test("a tag on a nested value, a list item and a field name names the field", () => {
    assert.deepEqual(
      problemsIn({
        [WORKSHOP]: workshop(
          "materials:\n  - title: !!binary aGk=\n    url: /assets/materials/test-workshop/slides.pdf\n    kind: slides\n    authors: [!!str Ana]\n!!str draft: false\n",
        ),
      }),
      [
        `${WORKSHOP}:10: materials[0].title: the YAML tag !!binary is not allowed ${TAG_EXPECTED}`,
        `${WORKSHOP}:13: materials[0].authors[0]: the YAML tag !!str is not allowed ${TAG_EXPECTED}`,
        `${WORKSHOP}:14: draft: the YAML tag !!str is not allowed ${TAG_EXPECTED}`,
      ],
    );
  });

  test("text that YAML reads as a tag says to put it between quotes", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: workshop("", "!Important: new dates") }), [
      `${WORKSHOP}:2: title: the YAML tag !Important: is not allowed ${TAG_EXPECTED}`,
    ]);
  });

  test("tags are refused in data files too", () => {
    assert.deepEqual(
      problemsIn({
        "_data/installations.yaml": VALID_FILES["_data/installations.yaml"]!.replace("name: Test Portal", "name: !!js/function 'f'"),
        "_data/site.yaml": VALID_FILES["_data/site.yaml"]!.replace("title: Test Atlases", "title: !!python/object/apply:os.system [ls]"),
      }),
      [
        `_data/installations.yaml:2: test-portal.name: the YAML tag !!js/function is not allowed ${TAG_EXPECTED}`,
        `_data/site.yaml:1: title: the YAML tag !!python/object/apply:os.system is not allowed ${TAG_EXPECTED}`,
      ],
    );
  });
});

describe("anchors and aliases", () => {
  test("an anchor and an alias are each refused on their line", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: workshop("end: *day\n").replace("start: 2018-02-19", "start: &day 2018-02-19") }), [
      `${WORKSHOP}:4: start: the YAML anchor &day is not allowed ${ANCHOR_EXPECTED}`,
      `${WORKSHOP}:9: end: the YAML alias *day is not allowed ${ALIAS_EXPECTED}`,
    ]);
  });

  test("an alias to a group of fields is refused before anything copies it", () => {
    const installations = "- &portal\n  id: a\n  name: A\n  country: ES\n  status: live\n  languages: []\n- *portal\n";
    assert.deepEqual(problemsIn({ "_data/installations.yaml": installations }), [
      `_data/installations.yaml:1: a: the YAML anchor &portal is not allowed ${ANCHOR_EXPECTED}`,
      `_data/installations.yaml:7: installation 2: the YAML alias *portal is not allowed ${ALIAS_EXPECTED}`,
    ]);
  });

  test("Markdown emphasis at the start of a value says to put it between quotes", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: workshop("", "*Draft* agenda") }), [
      `${WORKSHOP}:2: front matter: cannot be read: Unexpected scalar at node end; put text that starts with * between double quotes (expected valid YAML)`,
    ]);
  });

  test("a billion laughs is refused at once, one line per anchor and per alias where it is first used, without expanding them", () => {
    const levels = 9;
    const lines = [`lol0: &a0 [${Array(9).fill("lol").join(", ")}]`];
    for (let level = 1; level <= levels; level++)
      lines.push(
        `lol${level}: &a${level} [${Array(9)
          .fill(`*a${level - 1}`)
          .join(", ")}]`,
      );
    lines.push(`materials: [*a${levels}, *a${levels}]`);
    const expected: string[] = [];
    lines.forEach((_, index) => {
      const line = 9 + index;
      if (index > levels) {
        expected.push(`${WORKSHOP}:${line}: materials[0]: the YAML alias *a${levels} is not allowed ${ALIAS_EXPECTED}`);
        return;
      }
      expected.push(`${WORKSHOP}:${line}: lol${index}: the YAML anchor &a${index} is not allowed ${ANCHOR_EXPECTED}`);
      expected.push(`${WORKSHOP}:${line}: lol${index}: unknown field (expected one of ${FIELDS})`);
      if (index > 0) expected.push(`${WORKSHOP}:${line}: lol${index}[0]: the YAML alias *a${index - 1} is not allowed ${ALIAS_EXPECTED}`);
    });
    const started = performance.now();
    const problems = problemsIn({ [WORKSHOP]: workshop(`${lines.join("\n")}\n`) });
    assert.ok(performance.now() - started < 2000, `took ${Math.round(performance.now() - started)} ms`);
    assert.deepEqual([...problems].sort(), expected.sort());
  });
});

describe("keys", () => {
  test("a key given twice is refused on its second line, naming the first", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: workshop("title: Another title\nlocation:\n  city: Lisbon\n  city: Porto\n  country: PT\n") }), [
      `${WORKSHOP}:9: title: is given twice, first at line 2 (expected each field once)`,
      `${WORKSHOP}:10: location: is given twice, first at line 5 (expected each field once)`,
      `${WORKSHOP}:12: location.city: is given twice, first at line 11 (expected each field once)`,
    ]);
  });

  test("a key given twice in a data file names the entry", () => {
    assert.deepEqual(
      problemsIn({ "_data/installations.yaml": VALID_FILES["_data/installations.yaml"]!.replace("  status: live\n", "  status: live\n  status: offline\n") }),
      [`_data/installations.yaml:6: test-portal.status: is given twice, first at line 5 (expected each field once)`],
    );
  });

  const pollution = () => [
    ({} as Record<string, unknown>).polluted,
    ([] as unknown as Record<string, unknown>).polluted,
    Object.prototype.hasOwnProperty.call(Object.prototype, "polluted"),
  ];

  for (const [reader, anchor] of [
    ["the fast YAML reader", ""],
    ["the YAML reader that keeps positions", "anchored: &a 1\n"],
  ]) {
    test(`__proto__, constructor and prototype are unknown fields on their lines, and pollute nothing, with ${reader}`, () => {
      const problems = problemsIn({
        [WORKSHOP]: `---\n__proto__: {polluted: 1}\n${workshop(`${anchor}constructor:\n  prototype: {polluted: 1}\nprototype: 1\n`).slice(4).replace("  city: Madrid\n", "  city: Madrid\n  __proto__:\n    polluted: 1\n")}`,
        "_data/site.yaml": `__proto__: {polluted: 1}\n${VALID_FILES["_data/site.yaml"]!}`,
        "_data/installations.yaml": VALID_FILES["_data/installations.yaml"]!.replace(
          "  name: Test Portal\n",
          "  name: Test Portal\n  __proto__: {polluted: 1}\n",
        ),
      });
      const shift = anchor ? 1 : 0;
      assert.deepEqual(problems, [
        `_data/installations.yaml:3: test-portal.__proto__: unknown field (expected one of id, name, url, country, region, status, launched, languages, lat, lon, partner, redirect_from)`,
        `_data/site.yaml:1: __proto__: unknown field (expected one of title, description, url, repository, branch, basePath, mailingList, contact, licence, licenceUrl, languages, map, blueskyDid, redirects)`,
        `${WORKSHOP}:2: __proto__: unknown field (expected one of ${FIELDS})`,
        `${WORKSHOP}:8: location.__proto__: unknown field (expected one of city, country, venue)`,
        ...(anchor
          ? [
              `${WORKSHOP}:12: anchored: the YAML anchor &a is not allowed ${ANCHOR_EXPECTED}`,
              `${WORKSHOP}:12: anchored: unknown field (expected one of ${FIELDS})`,
            ]
          : []),
        `${WORKSHOP}:${12 + shift}: constructor: unknown field (expected one of ${FIELDS})`,
        `${WORKSHOP}:${14 + shift}: prototype: unknown field (expected one of ${FIELDS})`,
      ]);
      assert.deepEqual(pollution(), [undefined, undefined, false]);
    });
  }
});

test("values nested thousands of levels deep are refused in one line", () => {
  assert.deepEqual(problemsIn({ [WORKSHOP]: workshop(`deep: ${"[".repeat(20_000)}\n`) }), [
    `${WORKSHOP}:9: front matter: cannot be read: the values are nested too deeply (expected valid YAML)`,
  ]);
});
