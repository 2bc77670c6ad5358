// Under `npm start`: the time from saving one Markdown file with a new word at its end to that word being in the page's
// file in the served output folder, as the browser's reload would read it; then the same with the word added to the
// file's title instead, a save that lists and other pages show too.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { conditions, quietMachine, startPreview, untilFileContains, wait } from "../processes.ts";
import { countMarkdown } from "../sites.ts";
import type { Stamp, SaveToPageResult } from "../results.ts";

const WROTE = /Wrote (\d+) files? in ([\d.]+) seconds/g;

/** The file's text with `word` at the end of its title, inside the quotes of a quoted one. */
function withWordInTitle(text: string, word: string): string {
  const changed = text.replace(
    /^title: (.*)$/m,
    (_, title: string) => `title: ${/^["'].*["']$/.test(title) ? `${title.slice(0, -1)} ${word}${title.slice(-1)}` : `${title} ${word}`}`,
  );
  if (changed === text) throw new Error("the file saved has no title: line to add a word to");
  return changed;
}

/**
 * Starts `npm start` from the code in `code` on the content in `root`, waits until it serves and has gone quiet, then
 * `saves` times appends a word to `file` and times until `page` (under the output folder) contains it, then
 * `saves` times adds a word to its title instead. Before each save, the previous rebuild has finished. The file is
 * given back its own text at the end.
 */
export async function measureSaveToPage(
  code: string,
  root: string,
  { file, page, saves }: { file: string; page: string; saves: number },
  measured: () => Stamp,
): Promise<SaveToPageResult> {
  const output = join(root, "_site");
  const source = join(root, file);
  const original = readFileSync(source, "utf8");
  const ended = conditions();
  const preview = await startPreview(code, { root, output });
  try {
    await preview.until(/Server at/, 15 * 60_000);
    await preview.settled(1000, 5 * 60_000);
    if (!existsSync(join(output, page))) throw new Error(`npm start serves, but ${join(output, page)}, the page of ${file}, is missing`);
    /** Times `saves` saves of the file changed by `change` with a new word, until the page holds the word. */
    const timeSaves = async (change: (word: string) => string) => {
      const times: number[] = [];
      for (let save = 0; save < saves; save++) {
        await quietMachine();
        const rebuildsBefore = [...preview.log().matchAll(WROTE)].length;
        const word = `benchmarkword${save}x${Date.now().toString(36)}`;
        const saved = performance.now();
        writeFileSync(source, change(word));
        await untilFileContains(join(output, page), word, 60_000);
        times.push(performance.now() - saved);
        // The next save waits for this rebuild to end, and for the server to pass it on.
        await preview.until(WROTE, 60_000, rebuildsBefore + 1);
        await preview.settled(300, 60_000);
        await wait(200);
      }
      return { times, rebuilds: [...preview.log().matchAll(WROTE)].slice(-saves) };
    };
    const text = await timeSaves((word) => `${original.trimEnd()}\n\n${word}\n`);
    const field = await timeSaves((word) => withWordInTitle(original, word));
    const rebuilds = text.rebuilds;
    return {
      measured: { ...measured(), ...ended() },
      file,
      page,
      pages: countMarkdown(root),
      saveToPage: text.times,
      fieldSaveToPage: field.times,
      fieldFilesWritten: field.rebuilds.map((match) => Number(match[1])),
      eleventy: rebuilds.map((match) => Number(match[2]) * 1000),
      filesWritten: rebuilds.map((match) => Number(match[1])),
    };
  } finally {
    await preview.stop();
    writeFileSync(source, original);
  }
}
