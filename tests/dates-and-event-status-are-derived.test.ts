// Dates shown to visitors and event statuses come from start and end, never from hand-typed text.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventStatus, formatDate, formatDateRange, formatPeriod } from "../src/collections/dates.ts";

test("a range within one month reads 19–23 February 2018", () => {
  assert.equal(formatDateRange("2018-02-19", "2018-02-23"), "19–23 February 2018");
});

test("a range across months names both months once", () => {
  assert.equal(formatDateRange("2015-09-28", "2015-10-01"), "28 September – 1 October 2015");
});

test("a range across years names both years", () => {
  assert.equal(formatDateRange("2018-12-28", "2019-01-02"), "28 December 2018 – 2 January 2019");
});

test("a single day, or an end equal to the start, is one date", () => {
  assert.equal(formatDateRange("2014-07-20"), "20 July 2014");
  assert.equal(formatDateRange("2014-07-20", "2014-07-20"), "20 July 2014");
  assert.equal(formatDate("2019-10-14"), "14 October 2019");
});

test("project periods keep the precision the editor gave", () => {
  assert.equal(formatPeriod("2015", "2016"), "2015–2016");
  assert.equal(formatPeriod("2018-08-01", "2019-07-31"), "1 August 2018 – 31 July 2019");
  assert.equal(formatPeriod("2018-08", "2019"), "August 2018 – 2019");
  assert.equal(formatPeriod("2020"), "from 2020");
});

test("an event is upcoming before its start, ongoing on its days, and past after its end", () => {
  assert.equal(eventStatus("2025-10-21", "2025-10-24", "2025-10-20"), "upcoming");
  assert.equal(eventStatus("2025-10-21", "2025-10-24", "2025-10-21"), "ongoing");
  assert.equal(eventStatus("2025-10-21", "2025-10-24", "2025-10-24"), "ongoing");
  assert.equal(eventStatus("2025-10-21", "2025-10-24", "2025-10-25"), "past");
  assert.equal(eventStatus("2014-07-20", undefined, "2014-07-21"), "past");
});

test("dates, ranges and periods read as each language writes them", () => {
  const cases = {
    es: ["14 de octubre de 2019", "19–23 de febrero de 2018", "28 de septiembre – 1 de octubre de 2015", "agosto de 2018 – 2019", "desde 2020"],
    fr: ["14 octobre 2019", "19–23 février 2018", "28 septembre – 1 octobre 2015", "août 2018 – 2019", "depuis 2020"],
    pt: ["14 de outubro de 2019", "19–23 de fevereiro de 2018", "28 de setembro – 1 de outubro de 2015", "agosto de 2018 – 2019", "desde 2020"],
  } as const;
  for (const [language, expected] of Object.entries(cases) as Array<[keyof typeof cases, readonly string[]]>) {
    const found = [
      formatDate("2019-10-14", language),
      formatDateRange("2018-02-19", "2018-02-23", language),
      formatDateRange("2015-09-28", "2015-10-01", language),
      formatPeriod("2018-08", "2019", language),
      formatPeriod("2020", undefined, language),
    ];
    assert.deepEqual(found, expected, language);
    // No thin or no-break spaces that a search for "19 de febrero" would miss.
    for (const text of found) assert.doesNotMatch(text, /[\u2009\u202f\u00a0]/, `${language}: ${JSON.stringify(text)}`);
  }
});
