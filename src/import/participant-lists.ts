// An event's participants file (_data/events/<name>.csv) with the columns this site keeps: name, organisation, country.
import { PARTICIPANT_COLUMNS } from "../schema/participant.ts";
import type { Conversion } from "./conversion.ts";
import { readCsv } from "./site.ts";

export function convertParticipantList(name: string, raw: string): Conversion {
  const notes: string[] = [];
  const rows = readCsv(raw);
  const header = Object.keys(rows[0] ?? {});
  const extra = header.filter((column) => !(PARTICIPANT_COLUMNS as readonly string[]).includes(column));
  if (extra.length > 0) notes.push(`columns ${extra.join(", ")} were left out (this site keeps ${PARTICIPANT_COLUMNS.join(", ")})`);
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [PARTICIPANT_COLUMNS.join(","), ...rows.map((row) => PARTICIPANT_COLUMNS.map((column) => quote(row[column] ?? "")).join(","))];
  return { from: `_data/events/${name}`, path: `_data/participants/${name.toLowerCase()}`, text: `${lines.join("\n")}\n`, notes, copies: [] };
}
