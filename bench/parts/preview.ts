// Under `npm start`: the time from saving one Markdown file with a new word at its end to that word being in the page's
// file in the served output folder, as the browser's reload would read it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { conditions, quietMachine, startPreview, untilFileContains, wait } from "../processes.ts";
import { countMarkdown } from "../sites.ts";
import type { Stamp, SaveToPageResult } from "../results.ts";

const WROTE = /Wrote (\d+) files? in ([\d.]+) seconds/g;

/**
 * Starts `npm start` from the code in `code` on the content in `root`, waits until it serves and has gone quiet, then
 * `saves` times appends a word to `file` and times until `page` (under the output folder) contains it. Before each
 * save, the previous rebuild has finished. The file is given back its own text at the end.
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
    const saveToPage: number[] = [];
    for (let save = 0; save < saves; save++) {
      await quietMachine();
      const rebuildsBefore = [...preview.log().matchAll(WROTE)].length;
      const word = `benchmarkword${save}x${Date.now().toString(36)}`;
      const saved = performance.now();
      writeFileSync(source, `${original.trimEnd()}\n\n${word}\n`);
      await untilFileContains(join(output, page), word, 60_000);
      saveToPage.push(performance.now() - saved);
      // The next save waits for this rebuild to end, and for the server to pass it on.
      await preview.until(WROTE, 60_000, rebuildsBefore + 1);
      await preview.settled(300, 60_000);
      await wait(200);
    }
    const rebuilds = [...preview.log().matchAll(WROTE)].slice(-saves);
    return {
      measured: { ...measured(), ...ended() },
      file,
      page,
      pages: countMarkdown(root),
      saveToPage,
      eleventy: rebuilds.map((match) => Number(match[2]) * 1000),
      filesWritten: rebuilds.map((match) => Number(match[1])),
    };
  } finally {
    await preview.stop();
    writeFileSync(source, original);
  }
}
