// English strings: the words around dates; the dates themselves are formatted by Intl for the catalogue's locale.
export const dates = {
  /** A project period with a start and no end: "from 2020". */
  from: (start: string) => `from ${start}`,
};
