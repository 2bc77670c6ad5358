// An event's first and last day. The old pages gave them twice, as `date` and as the `date_shown` readers saw, and
// the two sometimes disagree or make a range of a year; the text about the event decides, and a note says so.
import { isRealDate } from "../schema/fields.ts";
import type { Sentence } from "./mentions.ts";
import { textOf } from "./values.ts";

const DATE = /(\d{4})[-/](\d{1,2})[-/](\d{1,2})/;
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** Longest plausible event: a range longer than this is a typing mistake in one of its years. */
const LONGEST_EVENT_DAYS = 30;

/** The first date in a text written as year, month and day (2016-10-03, 2015/10/20, 2018-09-1), if it is a real day. */
export function readIsoDate(text: string): string | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const date = `${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}`;
  return isRealDate(date) ? date : undefined;
}

/** "2016-10-03 to 2016-10-07", "2015/10/20 to 2015/10/23" or "2018-08-25 to 2018-09-1" into ISO start and end. */
export function parseDateRange(shown: string | undefined, fallback: unknown): { start?: string; end?: string } {
  const [first, second] = (shown ?? "").split(/\s+(?:to|-|–)\s+/);
  const start = readIsoDate(first ?? "") ?? (fallback instanceof Date ? fallback.toISOString().slice(0, 10) : readIsoDate(textOf(fallback)));
  const end = readIsoDate(second ?? "");
  return { ...(start ? { start } : {}), ...(end && start && end > start ? { end } : {}) };
}

/** Months with their years that a text names: "February 2018", "March 2nd to 6th, 2020", "October 2019". */
function monthsNamed(text: string): string[] {
  const found: string[] = [];
  const pattern = new RegExp(
    `\\b(${MONTHS.join("|")})\\b[^.\\d]{0,12}(?:\\d{1,2}(?:st|nd|rd|th)?[^.\\d]{0,12}(?:\\d{1,2}(?:st|nd|rd|th)?)?[^.\\d]{0,4})?((?:19|20)\\d{2})`,
    "gi",
  );
  for (const match of text.matchAll(pattern)) found.push(`${match[2]}-${String(MONTHS.indexOf(match[1]!.toLowerCase()) + 1).padStart(2, "0")}`);
  return found;
}

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
const sameDayIn = (date: string, year: string) => (isRealDate(`${year}${date.slice(4)}`) ? `${year}${date.slice(4)}` : undefined);

interface EventDates {
  start?: string;
  end?: string;
  notes: string[];
}

/**
 * The dates the text supports. `own` is the event's own page; `elsewhere` what other pages say about it. When
 * `date` and `date_shown` disagree, the one whose month the text names wins, and otherwise date_shown, which is
 * what readers saw. An end more than 30 days after the start takes the start's year if that makes a short event.
 */
export function eventDates(data: Record<string, unknown>, own: readonly Sentence[], elsewhere: readonly Sentence[]): EventDates {
  const notes: string[] = [];
  const frontMatter = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : readIsoDate(textOf(data.date));
  const shown = typeof data.date_shown === "string" ? data.date_shown : undefined;
  const [shownStart, shownEnd] = (shown ?? "").split(/\s+(?:to|-|–)\s+/).map((part) => readIsoDate(part ?? ""));
  const ownMonths = own.flatMap((sentence) => monthsNamed(sentence.text));
  const allMonths = [...ownMonths, ...elsewhere.flatMap((sentence) => monthsNamed(sentence.text))];
  const supported = (date: string) => allMonths.includes(date.slice(0, 7));

  let start = shownStart ?? frontMatter;
  let end = shownEnd;
  if (frontMatter && shownStart && frontMatter !== shownStart) {
    const pick = supported(frontMatter) && !supported(shownStart) ? frontMatter : shownStart;
    const why =
      pick === frontMatter
        ? `the text names ${monthName(frontMatter)}`
        : supported(shownStart)
          ? `the text names ${monthName(shownStart)}`
          : "nothing in the text decides, so the dates readers saw were kept";
    if (pick === frontMatter && end) {
      // The shown range was typed with the wrong year or month: move its end by as much as its start moved.
      const years = Number(frontMatter.slice(0, 4)) - Number(shownStart.slice(0, 4));
      end =
        frontMatter.slice(4) === shownStart.slice(4)
          ? sameDayIn(end, String(Number(end.slice(0, 4)) + years))
          : new Date(Date.parse(end) + (Date.parse(frontMatter) - Date.parse(shownStart))).toISOString().slice(0, 10);
    }
    start = pick;
    notes.push(`date (${frontMatter}) and date_shown (${shown}) disagree; start is ${start} because ${why}; check start${end ? " and end" : ""}`);
  }
  if (start && end && end < start) end = undefined;
  if (start && end && days(start, end) > LONGEST_EVENT_DAYS) {
    const corrected = sameDayIn(end, start.slice(0, 4));
    const fits = corrected !== undefined && corrected >= start && days(start, corrected) <= LONGEST_EVENT_DAYS;
    notes.push(
      fits
        ? `date_shown (${shown}) makes an event of ${days(start, end)} days; end is ${corrected}, in the start's year${supported(start) ? ` (the text names ${monthName(start)})` : ""}; check it`
        : `date_shown (${shown}) makes an event of ${days(start, end)} days, so end was left out; add the last day`,
    );
    end = fits ? corrected : undefined;
  }
  if (start && ownMonths.length > 0 && !ownMonths.some((month) => month === start.slice(0, 7) || (end !== undefined && month === end.slice(0, 7)))) {
    notes.push(
      `the text says the event was in ${[...new Set(ownMonths)].map((month) => monthName(`${month}-01`)).join(" and ")}, but its dates say ${start}; set start and end to the days it took place`,
    );
  }
  if (!start) notes.push("no date could be read from date or date_shown; add start");
  return { ...(start ? { start } : {}), ...(end && end !== start ? { end } : {}), notes };
}

function monthName(date: string): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1]!;
  return `${month[0]!.toUpperCase()}${month.slice(1)} ${date.slice(0, 4)}`;
}
