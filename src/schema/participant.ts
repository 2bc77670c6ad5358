// Participant lists of events: _data/participants/<name>.csv with columns name, organisation, country.
import type { z } from "zod";
import { fields, text } from "./fields.ts";

export const PARTICIPANT_COLUMNS = ["name", "organisation", "country"] as const;

export const participantFields = fields({
  name: text(),
  organisation: text(),
  /** The country as people write it, such as Spain. */
  country: text(),
});

export type Participant = z.infer<typeof participantFields>;

export const PARTICIPANTS_FOLDER = "_data/participants";
