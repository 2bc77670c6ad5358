// Spanish strings: the words around dates.
import type { dates as english } from "../en/dates.ts";
import type { Translation } from "../translation.ts";

export const dates: Translation<typeof english> = {
  from: (start: string) => `desde ${start}`,
};
