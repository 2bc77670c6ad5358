// Participant lists: _data/participants/<name>.csv, one row per person, read with csv-parse.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { PARTICIPANT_COLUMNS, PARTICIPANTS_FOLDER, participantFields, type Participant } from "../schema/participant.ts";
import type { Problem } from "./problems.ts";
import { readSource } from "./source.ts";
import { validate } from "./validate.ts";

/** Every participants file by name, such as workshop-2016.csv; a file with problems still counts as existing. */
export function loadParticipants(root: string, problems: Problem[]): Record<string, Participant[]> {
  const folder = join(root, PARTICIPANTS_FOLDER);
  if (!existsSync(folder)) return {};
  const lists: Record<string, Participant[]> = {};
  for (const name of readdirSync(folder).filter((entry) => entry.endsWith(".csv")).sort()) {
    const file = `${PARTICIPANTS_FOLDER}/${name}`;
    const source = readSource(join(folder, name), file);
    if ("problem" in source) {
      problems.push(source.problem);
      continue;
    }
    const rows = parseCsv(source.text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true, info: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    const header = rows.shift()?.record ?? [];
    if (header.join(",") !== PARTICIPANT_COLUMNS.join(",")) {
      problems.push({ file, line: 1, field: "columns", message: `${JSON.stringify(header.join(","))} are not the expected columns (expected ${PARTICIPANT_COLUMNS.join(",")})` });
      // The file exists, so pages that name it are not reported as well.
      lists[name] = [];
      continue;
    }
    lists[name] = rows.flatMap(({ record, info }) => {
      const row = Object.fromEntries(PARTICIPANT_COLUMNS.map((column, index) => [column, record[index]]));
      const participant = validate(participantFields, row, file, { lineOf: () => info.lines }, problems);
      return participant ? [participant] : [];
    });
  }
  return lists;
}

