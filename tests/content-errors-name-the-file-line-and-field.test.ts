// Every rule of the content model, with a valid and an invalid example and the exact message an editor reads.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { problemsIn, VALID_FILES, workshopWith } from "./helpers/repository.ts";

const WORKSHOP = "content/workshops/test-workshop.md";
const valid = (extra: string) =>
  workshopWith(
    `title: Test workshop\nkind: workshop\nstart: 2018-02-19\nlocation:\n  city: Madrid\n  country: ES\nsummary: Five days in Madrid.\n${extra}`.trimEnd(),
  );

test("the valid example project has no problems", () => {
  assert.deepEqual(problemsIn({}), []);
});

describe("front matter", () => {
  test("YAML that cannot be parsed names its line", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: "---\ntitle: Test\nkind: [workshop\n---\n\nBody\n" }), [
      `${WORKSHOP}:3: front matter: has a list in [ ] that is not closed (expected the list to end with ] on the same line, such as authors: [Ana, Luis])`,
    ]);
  });

  test("the YAML mistakes editors make most are explained in their words, with the fix, on the line that has them", () => {
    const rest = "kind: workshop\nstart: 2018-02-19\nonline: true\nsummary: S";
    const cases: Array<[string, string]> = [
      [
        `title: Workshop: the sequel\n${rest}`,
        `2: front matter: the value of title has a colon followed by a space, which YAML reads as the start of another field (expected the value in double quotes: title: "Workshop: the sequel")`,
      ],
      [
        `title: T\n\tkind: workshop\nstart: 2018-02-19\nonline: true\nsummary: S`,
        "3: front matter: starts with a tab (expected spaces to indent the line; YAML does not accept tabs)",
      ],
      [`title:T\n${rest}`, `2: front matter: has no space after the colon in "title:T" (expected a space after the colon: title: T)`],
      [`title: "Workshop\n${rest}`, `2: front matter: has a " that is never closed (expected the value to end with " on the same line, such as title: "…")`],
      [
        `title: T\nlocation:\n  city: M\n   country: ES\n${rest}`,
        "5: front matter: is indented differently from the field above it (expected the fields of a group to start at the same column, two spaces in from their group's name)",
      ],
    ];
    for (const [frontMatter, problem] of cases)
      assert.deepEqual(problemsIn({ [WORKSHOP]: workshopWith(frontMatter) }), [`${WORKSHOP}:${problem}`], frontMatter);
  });

  test("a file without front matter says where it should start", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: "# Just Markdown\n" }), [
      `${WORKSHOP}:1: front matter: is missing (expected the file to start with a line with ---)`,
    ]);
  });

  test("front matter that is never closed is reported", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: "---\ntitle: Test\n" }), [
      `${WORKSHOP}:1: front matter: is not closed (expected a line with --- after the last field)`,
    ]);
  });

  test("an empty file is reported", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: "" }), [`${WORKSHOP}:1: file: is empty (expected front matter between --- lines, then Markdown)`]);
  });

  test("a file that is not UTF-8 is reported", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0xe9, 0x0a]) }), [
      `${WORKSHOP}:1: file: is not UTF-8 text (expected a file saved as UTF-8)`,
    ]);
  });

  test("a binary file with a .md name is reported", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]) }), [
      `${WORKSHOP}:1: file: is a binary file, not text (expected Markdown or YAML text)`,
    ]);
  });

  test("a missing required field is reported with what to write", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: workshopWith("title: Test\nkind: workshop\nstart: 2018-02-19\nonline: true") }), [
      `${WORKSHOP}:2: summary: missing (expected text of at most 300 characters)`,
    ]);
  });

  test("an unknown field suggests the field the editor probably meant", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: valid("summry: typo") }), [`${WORKSHOP}:9: summry: unknown field (did you mean "summary"?)`]);
  });

  test("an unknown field unlike any known one lists the fields", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: valid("colour: red") }), [
      `${WORKSHOP}:9: colour: unknown field (expected one of title, kind, start, end, online, location, summary, project, participants, materials, redirect_from, draft)`,
    ]);
  });

  test("a value of the wrong type says what it is and what it should be", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: valid("materials: slides.pdf") }), [
      `${WORKSHOP}:9: materials: "slides.pdf" is not a list (expected a list of materials)`,
    ]);
  });

  test("a summary over 300 characters is too long", () => {
    const summary = "x".repeat(301);
    assert.deepEqual(problemsIn({ [WORKSHOP]: workshopWith(`title: T\nkind: workshop\nstart: 2018-02-19\nonline: true\nsummary: ${summary}`) }), [
      `${WORKSHOP}:6: summary: is too long: 301 characters (expected at most 300)`,
    ]);
  });
});

describe("dates", () => {
  test("an impossible date is refused", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: valid("end: 2018-02-30") }), [
      `${WORKSHOP}:9: end: "2018-02-30" is not a real date (expected a date as YYYY-MM-DD, such as 2018-02-19)`,
    ]);
  });

  test("a date in another format is refused", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: workshopWith("title: T\nkind: workshop\nstart: 19/02/2018\nonline: true\nsummary: S") }), [
      `${WORKSHOP}:4: start: "19/02/2018" is not a date (expected a date as YYYY-MM-DD, such as 2018-02-19)`,
    ]);
  });

  test("an end before the start is refused", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: valid("end: 2018-02-18") }), [
      `${WORKSHOP}:9: end: "2018-02-18" is before start 2018-02-19 (expected a date on or after 2018-02-19)`,
    ]);
  });

  test("a project period may be a year, and its end must not come before its start", () => {
    const project = (dates: string) => `---\ntitle: P\ncode: C\n${dates}\nfunding: GBIF\nlead: gbif-spain\npartners: []\n---\n`;
    assert.deepEqual(problemsIn({ "content/projects/test-project.md": project("start: 2015\nend: 2016") }), []);
    assert.deepEqual(problemsIn({ "content/projects/test-project.md": project("start: 2019-07\nend: 2018") }), [
      `content/projects/test-project.md:5: end: "2018" is before start 2019-07 (expected a date on or after 2019-07)`,
    ]);
  });

  test("a news post's date must match its file name", () => {
    assert.deepEqual(problemsIn({ "content/news/2020-01-01-hello.md": "---\ntitle: Hello\ndate: 2020-01-02\nauthors: [E]\nsummary: S\n---\n" }), [
      `content/news/2020-01-01-hello.md:3: date: "2020-01-02" differs from the file name's 2020-01-01 (expected the same date in both)`,
    ]);
    // A day that does not exist is one problem, not also a mismatch with the file name.
    assert.deepEqual(problemsIn({ "content/news/2020-01-01-hello.md": "---\ntitle: Hello\ndate: 2020-01-32\nauthors: [E]\nsummary: S\n---\n" }), [
      `content/news/2020-01-01-hello.md:3: date: "2020-01-32" is not a real date (expected a date as YYYY-MM-DD, such as 2018-02-19)`,
    ]);
  });

  test("a news file name must start with its date", () => {
    assert.deepEqual(problemsIn({ "content/news/hello.md": "---\ntitle: Hello\ndate: 2020-01-02\nauthors: [E]\nsummary: S\n---\n" }), [
      `content/news/hello.md:1: file name: "hello.md" does not start with a date (expected YYYY-MM-DD-short-title.md)`,
    ]);
  });
});

describe("codes and enumerations", () => {
  test("an unknown country code is refused", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: valid("").replace("country: ES", "country: XX") }), [
      `${WORKSHOP}:7: location.country: "XX" is not a country code (expected a two-letter ISO 3166-1 country code, such as ES or GB)`,
    ]);
  });

  test("an unknown kind of event lists the kinds", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: valid("").replace("kind: workshop", "kind: seminar") }), [
      `${WORKSHOP}:3: kind: "seminar" is not a known kind of event (expected one of workshop, conference, training, online, meeting)`,
    ]);
  });

  test("an unknown language code is refused", () => {
    assert.deepEqual(problemsIn({ "_data/installations.yaml": VALID_FILES["_data/installations.yaml"]!.replace("[es, en]", "[es, english]") }), [
      `_data/installations.yaml:7: test-portal.languages[1]: "english" is not a language code (expected a two-letter ISO 639-1 language code, such as en or es)`,
    ]);
  });

  test("an unknown installation status lists the statuses", () => {
    assert.deepEqual(problemsIn({ "_data/installations.yaml": VALID_FILES["_data/installations.yaml"]!.replace("status: live", "status: running") }), [
      `_data/installations.yaml:5: test-portal.status: "running" is not a known status (expected one of live, in-development, in-discussion, offline, moved, discontinued)`,
    ]);
  });

  test("a location is required unless the event is online", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: workshopWith("title: T\nkind: workshop\nstart: 2018-02-19\nsummary: S") }), [
      `${WORKSHOP}:2: location: missing (expected city and country, or online: true for an online event)`,
    ]);
    // kind: online already says where the event is.
    assert.deepEqual(problemsIn({ [WORKSHOP]: workshopWith("title: T\nkind: online\nstart: 2018-02-19\nsummary: S") }), []);
  });

  test("a project's date in the right form but on a day that does not exist is not a real date", () => {
    const project = (dates: string) => `---\ntitle: P\ncode: C\n${dates}\nfunding: F\nlead: gbif-spain\npartners: []\n---\n\nText.\n`;
    assert.deepEqual(problemsIn({ "content/projects/test-project.md": project("start: 2027-06-31") }), [
      `content/projects/test-project.md:4: start: "2027-06-31" is not a real date (expected a date as YYYY-MM-DD, YYYY-MM or YYYY)`,
    ]);
    assert.deepEqual(problemsIn({ "content/projects/test-project.md": project("start: 2027-13") }), [
      `content/projects/test-project.md:4: start: "2027-13" is not a real date (expected a date as YYYY-MM-DD, YYYY-MM or YYYY)`,
    ]);
    assert.deepEqual(problemsIn({ "content/projects/test-project.md": project("start: June 2027") }), [
      `content/projects/test-project.md:4: start: "June 2027" is not a date (expected a date as YYYY-MM-DD, YYYY-MM or YYYY)`,
    ]);
  });

  test("a misspelt field or value suggests the one meant, swapped letters included, whatever else is wrong in the file", () => {
    const file = workshopWith("titel: T\nkind: workshp\nstart: 2018-02-30\nlocation:\n  city: M\n  country: ES\nsummary: S");
    assert.deepEqual(problemsIn({ [WORKSHOP]: file }), [
      `${WORKSHOP}:2: titel: unknown field (did you mean "title"?)`,
      `${WORKSHOP}:2: title: missing (expected text)`,
      `${WORKSHOP}:3: kind: "workshp" is not a known kind of event (did you mean "workshop"?)`,
      `${WORKSHOP}:4: start: "2018-02-30" is not a real date (expected a date as YYYY-MM-DD, such as 2018-02-19)`,
    ]);
  });

  test("another event's participants list is never suggested by similarity alone", () => {
    const workshop = VALID_FILES[WORKSHOP]!;
    assert.deepEqual(problemsIn({ [WORKSHOP]: workshop.replace("participants: test-workshop.csv", "participants: test-workshop-2.csv") }), [
      `${WORKSHOP}:11: participants: "test-workshop-2.csv" is not a participants file (expected the name of a CSV file in _data/participants/)`,
    ]);
    assert.deepEqual(problemsIn({ [WORKSHOP]: workshop.replace("participants: test-workshop.csv", "participants: test-worksohp.csv") }), [
      `${WORKSHOP}:11: participants: "test-worksohp.csv" is not a participants file (did you mean "test-workshop.csv"?)`,
    ]);
  });

  test("a file that cannot be read is reported once, and the references to it are not reported as missing", () => {
    assert.deepEqual(problemsIn({ "content/partners/gbif-spain.md": "---\nname: [broken\n---\n" }), [
      "content/partners/gbif-spain.md:2: front matter: has a list in [ ] that is not closed (expected the list to end with ] on the same line, such as authors: [Ana, Luis])",
      `content/projects/test-project.md:7: lead: "gbif-spain" is content/partners/gbif-spain.md, which could not be read (see that file's problem; other references to it are not checked until it is fixed)`,
    ]);
  });

  test("an online event with a place is a contradiction, reported on the place instead of dropping it", () => {
    const event = (lines: string) => workshopWith(`title: T\n${lines}\nstart: 2018-02-19\nlocation:\n  city: Madrid\n  country: ES\nsummary: S`);
    assert.deepEqual(problemsIn({ [WORKSHOP]: event("kind: workshop\nonline: true") }), [
      `${WORKSHOP}:6: location: is given for an event with online: true (expected either a place or online: true, not both)`,
    ]);
    assert.deepEqual(problemsIn({ [WORKSHOP]: event("kind: online") }), [
      `${WORKSHOP}:5: location: is given for an event with kind: online (expected either a place or kind: online, not both)`,
    ]);
  });

  test("a country written as a name, a lower-case or a three-letter code suggests its code", () => {
    const at = (country: string) => workshopWith(`title: T\nkind: workshop\nstart: 2018-02-19\nlocation:\n  city: X\n  country: ${country}\nsummary: S`);
    const cases: Array<[string, string]> = [
      ["Portugal", "PT"],
      ["UK", "GB"],
      ["es", "ES"],
      ["PRT", "PT"],
      ["España", "ES"],
      ["Brasil", "BR"],
      ["Bénin", "BJ"],
    ];
    for (const [written, code] of cases) {
      assert.deepEqual(
        problemsIn({ [WORKSHOP]: at(written) }),
        [`${WORKSHOP}:7: location.country: "${written}" is not a country code (did you mean "${code}"?)`],
        written,
      );
    }
  });

  test("a city the site knows in one country is questioned when another event places it in another", () => {
    const held = (city: string, country: string) =>
      workshopWith(`title: T\nkind: workshop\nstart: 2019-02-19\nlocation:\n  city: ${city}\n  country: ${country}\nsummary: S`);
    const second = "content/workshops/second.md";
    const third = "content/workshops/third.md";
    // The fixture's workshop is in Madrid, ES; accents, case and spacing do not make another city.
    assert.deepEqual(problemsIn({ [second]: held("MADRID ", "ES"), [third]: held("Madrid", "PT") }), [
      `${third}:7: location.country: "PT" differs from the country of Madrid elsewhere: 2 other events give ES (expected ES, or the city's fuller name if this is another Madrid)`,
    ]);
    // One against one: neither is the usual, so both are questioned, each naming the other.
    assert.deepEqual(problemsIn({ [second]: held("Bogotá", "CO"), [third]: held("Bogota", "VE") }), [
      `${second}:7: location.country: "CO" differs from the country of Bogotá elsewhere: ${third} gives VE (expected VE, or the city's fuller name if this is another Bogotá)`,
      `${third}:7: location.country: "VE" differs from the country of Bogota elsewhere: ${second} gives CO (expected CO, or the city's fuller name if this is another Bogota)`,
    ]);
    assert.deepEqual(problemsIn({ [second]: held("Madrid, New Mexico", "US") }), []);
  });

  test("a location may leave out a city nobody knows any more, but never its country", () => {
    const at = (location: string) => workshopWith(`title: T\nkind: workshop\nstart: 2018-02-19\nlocation:\n${location}\nsummary: S`);
    assert.deepEqual(problemsIn({ [WORKSHOP]: at("  country: NZ") }), []);
    assert.deepEqual(problemsIn({ [WORKSHOP]: at("  city: Dunedin") }), [
      `${WORKSHOP}:5: location.country: missing (expected a two-letter ISO 3166-1 country code, such as ES or GB)`,
    ]);
  });
});

describe("installations", () => {
  const at = (lat: string, lon: string) => ({
    "_data/installations.yaml": VALID_FILES["_data/installations.yaml"]!.replace("lat: 40.41", `lat: ${lat}`).replace("lon: -3.69", `lon: ${lon}`),
  });

  test("a point far from its country is reported with where it lies and how far away, swapped coordinates named", () => {
    assert.deepEqual(problemsIn(at("-3.69", "40.41")), [
      "_data/installations.yaml:8: test-portal.lat/lon: -3.69, 40.41 lies in the ocean, 6,100 km from Spain (expected a point in ES; are latitude and longitude swapped?)",
    ]);
    assert.deepEqual(problemsIn(at("48.85", "2.35")), [
      "_data/installations.yaml:8: test-portal.lat/lon: 48.85, 2.35 lies in France, 700 km from Spain (expected a point in ES)",
    ]);
  });

  test("a point on a coast or an island of its country passes, though the outline is coarse", () => {
    for (const [lat, lon] of [
      ["36.01", "-5.61"],
      ["28.1", "-15.4"],
      ["39.57", "2.65"],
    ] as const)
      assert.deepEqual(problemsIn(at(lat, lon)), [], `${lat}, ${lon}`);
  });

  const installation = (fields: string) => `- id: test-portal\n  name: Test Portal\n  country: ES\n  status: live\n  languages: [es]\n${fields}`;

  test("a latitude outside -90..90 is refused", () => {
    assert.deepEqual(problemsIn({ "_data/installations.yaml": installation("  lat: 95\n  lon: 10\n") }), [
      `_data/installations.yaml:6: test-portal.lat: 95 is out of range (expected a latitude from -90 to 90)`,
    ]);
  });

  test("a longitude outside -180..180 is refused", () => {
    assert.deepEqual(problemsIn({ "_data/installations.yaml": installation("  lat: 10\n  lon: -181\n") }), [
      `_data/installations.yaml:7: test-portal.lon: -181 is out of range (expected a longitude from -180 to 180)`,
    ]);
  });

  test("a latitude without a longitude is refused", () => {
    assert.deepEqual(problemsIn({ "_data/installations.yaml": installation("  lat: 10\n") }), [
      `_data/installations.yaml:1: test-portal.lon: missing (expected both lat and lon, or neither)`,
    ]);
  });

  test("a duplicate id names the line of the first one", () => {
    const block = installation("  lat: 40.4\n  lon: -3.7\n");
    assert.deepEqual(problemsIn({ "_data/installations.yaml": `${block}${block}` }), [
      `_data/installations.yaml:8: installation 2.id: "test-portal" is already used at line 1 (expected a unique id)`,
    ]);
  });

  test("a partner that does not exist is refused, with a suggestion", () => {
    assert.deepEqual(problemsIn({ "_data/installations.yaml": installation("  partner: gbif-spian\n") }), [
      `_data/installations.yaml:6: test-portal.partner: "gbif-spian" is not a partner (did you mean "gbif-spain"?)`,
    ]);
  });

  test("a partner named by its name or its file is one problem, which says the file name meant", () => {
    for (const written of ["GBIF Spain", "gbif-spain.md"]) {
      assert.deepEqual(problemsIn({ "_data/installations.yaml": installation(`  partner: ${written}\n`) }), [
        `_data/installations.yaml:6: test-portal.partner: "${written}" is not a partner (did you mean "gbif-spain"?)`,
      ]);
    }
  });

  test("both a country and a region is one too many", () => {
    assert.deepEqual(problemsIn({ "_data/installations.yaml": installation("  region: Caribbean\n") }), [
      `_data/installations.yaml:6: test-portal.region: "Caribbean" is given together with a country (expected either country or region, not both)`,
    ]);
  });
});

describe("references between files", () => {
  test("a workshop's project must exist", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: valid("project: no-such-project") }), [
      `${WORKSHOP}:9: project: "no-such-project" is not a project (expected the file name of a project in content/projects/, without .md)`,
    ]);
  });

  test("a participants file must exist, whatever its letter case", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: valid("participants: Test-Workshop.csv") }), [
      `${WORKSHOP}:9: participants: "Test-Workshop.csv" is not a participants file (did you mean "test-workshop.csv"?)`,
    ]);
  });

  test("a project's lead and partners must be partners", () => {
    const project = "---\ntitle: P\ncode: C\nstart: 2017\nfunding: GBIF\nlead: gbif-france\npartners: [gbif-spain, canadensys]\n---\n";
    assert.deepEqual(problemsIn({ "content/projects/test-project.md": project }), [
      `content/projects/test-project.md:6: lead: "gbif-france" is not a partner (expected the file name of a partner in content/partners/, without .md)`,
      `content/projects/test-project.md:7: partners[1]: "canadensys" is not a partner (expected the file name of a partner in content/partners/, without .md)`,
    ]);
  });

  test("a material stored on this site must exist", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: valid("materials:\n  - title: T\n    url: /assets/materials/test-workshop/missing.pdf\n    kind: slides") }), [
      `${WORKSHOP}:11: materials[0].url: "/assets/materials/test-workshop/missing.pdf" is not a page or file on this site (expected a page address ending in / or a file under /assets/)`,
    ]);
  });

  test("a news image and a partner logo must be stored on this site", () => {
    assert.deepEqual(
      problemsIn({
        "content/news/2020-01-01-hello.md":
          "---\ntitle: Hello\ndate: 2020-01-01\nauthors: [E]\nsummary: S\nimage:\n  src: /assets/images/news/missing.png\n  alt: A portal\n---\n",
        "content/partners/gbif-spain.md": VALID_FILES["content/partners/gbif-spain.md"]!.replace("joined: 2013", "logo: /assets/images/gbif-spain.png"),
      }),
      [
        `content/news/2020-01-01-hello.md:7: image.src: "/assets/images/news/missing.png" is not a page or file on this site (expected a page address ending in / or a file under /assets/)`,
        `content/partners/gbif-spain.md:6: logo: "/assets/images/gbif-spain.png" is not a page or file on this site (expected a page address ending in / or a file under /assets/)`,
      ],
    );
  });

  test("a link in the body to a page that does not exist names its line", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: valid("") + "\nSee [the FAQ](/faq/) and [old page](/events/workshop-2016/).\n" }), [
      `${WORKSHOP}:13: body: "/events/workshop-2016/" is not a page or file on this site (expected a page address ending in / or a file under /assets/)`,
    ]);
  });

  test("two files that would share an address are refused", () => {
    assert.deepEqual(problemsIn({ "content/pages/about.md": "---\ntitle: About again\nsummary: S\n---\n" }), [
      `content/pages/about.md:1: file name: gives the address /about/, already used by content/about.md (expected a unique file name)`,
    ]);
  });

  test("a page may not take the address of a page the site generates", () => {
    assert.deepEqual(problemsIn({ "content/pages/workshops.md": "---\ntitle: Workshops\nsummary: S\n---\n" }), [
      `content/pages/workshops.md:1: file name: gives the address /workshops/, already used by a page the site generates (expected a unique file name)`,
    ]);
  });

  test("a file name with capitals or spaces is refused", () => {
    assert.deepEqual(problemsIn({ "content/partners/GBIF Spain.md": VALID_FILES["content/partners/gbif-spain.md"]! }), [
      `content/partners/GBIF Spain.md:1: file name: "GBIF Spain.md" is not a valid file name (expected lower-case letters, digits and hyphens, such as gbif-spain, then .md)`,
    ]);
  });
});

describe("unsafe content", () => {
  test("a javascript: link in a field is refused", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: valid("materials:\n  - title: T\n    url: javascript:alert(1)\n    kind: slides") }), [
      `${WORKSHOP}:11: materials[0].url: "javascript:alert(1)" is not a safe link (expected an https:// address or a path on this site starting with /)`,
    ]);
  });

  test("a script element in Markdown is refused on its line", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: valid("") + "\n<script>alert(1)</script>\n" }), [
      `${WORKSHOP}:13: body: <script> is not allowed in content (expected Markdown, or HTML without scripts, styles or embeds)`,
    ]);
  });

  test("an inline event handler in Markdown is refused; an element that is refused whole is one line", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: valid("") + '\nA link: <a href="/map/" onmouseover="alert(1)">map</a>\n' }), [
      `${WORKSHOP}:13: body: onmouseover= on <a> is not allowed in content (expected HTML without event handlers)`,
    ]);
    assert.deepEqual(problemsIn({ [WORKSHOP]: valid("") + '\nA picture: <img src=/assets/x.png onerror="alert(1)">\n' }), [
      `${WORKSHOP}:13: body: <img> in HTML skips resizing (expected a Markdown picture: ![what it shows](/assets/images/…))`,
    ]);
  });

  test("a javascript: link in Markdown is refused, even disguised", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: valid("") + '\n[one](javascript:alert(1))\n\n<a href="jav&#x09;ascript:alert(2)">two</a>\n' }), [
      `${WORKSHOP}:13: body: link to "javascript:alert(1)" is not allowed (expected an https:// address or a path on this site)`,
      `${WORKSHOP}:15: body: link to "jav\\tascript:alert(2)" is not allowed (expected an https:// address or a path on this site)`,
    ]);
  });

  test("an image from another site is refused, because the site serves its own files", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: valid("") + "\n![logo](https://cdn.example.org/logo.png)\n" }), [
      `${WORKSHOP}:13: body: <img> loads "https://cdn.example.org/logo.png" from another site (expected a file stored under /assets/)`,
    ]);
  });

  test("a level-1 heading in the body is refused because the title is the page's heading", () => {
    assert.deepEqual(problemsIn({ [WORKSHOP]: valid("") + "\n# Again the title\n" }), [
      `${WORKSHOP}:13: body: a level-1 heading repeats the page title (expected ## for the sections of the page)`,
    ]);
  });

  test("plain HTML without scripts is allowed", () => {
    assert.deepEqual(
      problemsIn({
        [WORKSHOP]: valid("") + '\n<details><summary>More</summary>\n\nHidden <abbr title="Atlas of Living Australia">ALA</abbr>.\n\n</details>\n',
      }),
      [],
    );
  });
});

describe("data files", () => {
  test("site settings report a bad contact address", () => {
    assert.deepEqual(problemsIn({ "_data/site.yaml": VALID_FILES["_data/site.yaml"]!.replace("list@example.org", "nobody") }), [
      `_data/site.yaml:7: contact: "nobody" is not an e-mail address (expected an e-mail address such as name@example.org)`,
    ]);
  });

  test("a participants file with other columns is reported", () => {
    assert.deepEqual(problemsIn({ "_data/participants/test-workshop.csv": "name,institution\nAna,GBIF Spain\n" }), [
      `_data/participants/test-workshop.csv:1: columns: "name,institution" are not the expected columns (expected name,organisation,country)`,
    ]);
  });

  test("a participant without a name is reported on its line", () => {
    assert.deepEqual(problemsIn({ "_data/participants/test-workshop.csv": "name,organisation,country\nAna,GBIF Spain,Spain\n,GBIF France,France\n" }), [
      `_data/participants/test-workshop.csv:3: name: is empty (expected text)`,
    ]);
  });
});

test("every problem in every file is reported in one run, in file and line order", () => {
  const problems = problemsIn({
    [WORKSHOP]: workshopWith("title: T\nkind: seminar\nstart: 2018-02-30\nonline: true\nsummary: S\nproject: nope", "<script>x</script>"),
    "_data/installations.yaml": "- id: a\n  name: A\n  country: ZZ\n  status: live\n  languages: []\n  lat: 100\n  lon: 0\n",
    "content/partners/gbif-spain.md": "---\nname: GBIF Spain\nkind: node\nwebsite: ftp://example.org\n---\n",
  });
  assert.deepEqual(problems, [
    `_data/installations.yaml:3: a.country: "ZZ" is not a country code (expected a two-letter ISO 3166-1 country code, such as ES or GB)`,
    `_data/installations.yaml:6: a.lat: 100 is out of range (expected a latitude from -90 to 90)`,
    `content/partners/gbif-spain.md:2: country: missing (expected a country code, or a region for a regional network)`,
    `content/partners/gbif-spain.md:3: kind: "node" is not a known kind of partner (expected one of gbif-node, institution, network, company)`,
    `content/partners/gbif-spain.md:4: website: "ftp://example.org" is not a web address (expected a web address starting with https:// or http://)`,
    `${WORKSHOP}:3: kind: "seminar" is not a known kind of event (expected one of workshop, conference, training, online, meeting)`,
    `${WORKSHOP}:4: start: "2018-02-30" is not a real date (expected a date as YYYY-MM-DD, such as 2018-02-19)`,
    `${WORKSHOP}:7: project: "nope" is not a project (expected the file name of a project in content/projects/, without .md)`,
    `${WORKSHOP}:10: body: <script> is not allowed in content (expected Markdown, or HTML without scripts, styles or embeds)`,
  ]);
});
