// Synthetic content for the benchmark: a realistic mix of workshops with materials, news posts and partners,
// about 300 words each, valid against the real schemas. Deterministic: the same size gives the same files.
import { copyFileSync, linkSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const WORDS = (
  "atlas portal species occurrence dataset collection biocache spatial layer region taxonomy module workshop " +
  "developer node community publish record herbarium museum specimen survey observation image list sensitive " +
  "pipeline index search download filter map country language translation documentation release upgrade server " +
  "ansible docker deploy cluster cache query metadata provider institution network partner training session"
).split(" ");

/** A small, fast pseudo-random sequence, so that runs are repeatable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function paragraph(next: () => number, words: number): string {
  const text = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]!).join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function body(next: () => number): string {
  return [paragraph(next, 90), "## Programme", paragraph(next, 80), "## Outcomes", paragraph(next, 90)].join("\n\n");
}

const COUNTRIES = ["ES", "FR", "PT", "SE", "GB", "BR", "AR", "AU", "BJ", "TG", "CA", "DE", "CR", "TZ", "AT"];
/** A point well inside each country (its capital), so synthetic portals pass the check that points lie in their country. */
const CAPITALS: Record<string, [number, number]> = {
  ES: [40.42, -3.7],
  FR: [48.86, 2.35],
  PT: [38.72, -9.14],
  SE: [59.33, 18.07],
  GB: [51.51, -0.13],
  BR: [-15.79, -47.88],
  AR: [-34.6, -58.38],
  AU: [-35.28, 149.13],
  BJ: [6.5, 2.6],
  TG: [6.13, 1.22],
  CA: [45.42, -75.7],
  DE: [52.52, 13.4],
  CR: [9.93, -84.08],
  TZ: [-6.16, 35.75],
  AT: [48.21, 16.37],
};

/** Writes `pages` content pages (about 40% workshops, 35% news, 25% partners) under `root`, reusing `materials` files. */
export function writeSyntheticSite(root: string, pages: number, materials: string[]): void {
  const next = random(pages);
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write(
    "_data/site.yaml",
    "title: Benchmark Atlases\ndescription: Synthetic content for the benchmark.\nurl: https://example.org/\nrepository: https://github.com/example/site\nbranch: main\nmailingList: https://lists.example.org/\ncontact: list@example.org\nlicence: CC BY 4.0\nlicenceUrl: https://creativecommons.org/licenses/by/4.0/\n",
  );
  // Each workshop has its own file, as on the real site; hard links to a few real files keep the disk use small.
  const sources = materials.map((file, index) => {
    const source = join(root, `assets/materials/bench/source/material-${index}${file.slice(file.lastIndexOf("."))}`);
    mkdirSync(join(source, ".."), { recursive: true });
    copyFileSync(file, source);
    return source;
  });
  const materialOf = (workshop: number) => {
    const source = sources[workshop % sources.length]!;
    const address = `/assets/materials/bench/workshop-${workshop}/slides${source.slice(source.lastIndexOf("."))}`;
    mkdirSync(join(root, address, ".."), { recursive: true });
    try {
      linkSync(source, join(root, address));
    } catch {
      copyFileSync(source, join(root, address));
    }
    return address;
  };
  write("content/about.md", `---\ntitle: About\nsummary: About the benchmark site.\norder: 10\n---\n\n${body(next)}\n`);

  const partners = Math.round(pages * 0.25);
  const news = Math.round(pages * 0.35);
  const workshops = pages - partners - news - 1;
  const installations: string[] = [];
  for (let index = 0; index < partners; index++) {
    const country = COUNTRIES[index % COUNTRIES.length]!;
    write(
      `content/partners/partner-${index}.md`,
      `---\nname: Partner ${index}\ncountry: ${country}\nkind: gbif-node\nwebsite: https://partner-${index}.example.org/\njoined: ${2013 + (index % 12)}\n---\n\n${body(next)}\n`,
    );
    if (index % 5 === 0) {
      installations.push(
        `- id: portal-${index}\n  name: Portal ${index}\n  url: https://portal-${index}.example.org/\n  country: ${country}\n  status: ${index % 10 === 0 ? "live" : "in-development"}\n  languages: [en]\n  lat: ${(CAPITALS[country]![0] + next() * 0.2 - 0.1).toFixed(2)}\n  lon: ${(CAPITALS[country]![1] + next() * 0.2 - 0.1).toFixed(2)}\n  partner: partner-${index}\n`,
      );
    }
  }
  write("_data/installations.yaml", installations.join(""));
  for (let index = 0; index < news; index++) {
    const date = `20${String(14 + (index % 12)).padStart(2, "0")}-${String(1 + (index % 12)).padStart(2, "0")}-${String(1 + (index % 28)).padStart(2, "0")}`;
    write(
      `content/news/${date}-news-${index}.md`,
      `---\ntitle: ${JSON.stringify(`News ${index}: ${paragraph(next, 5)}`)}\ndate: ${date}\nauthors: [Editor ${index % 7}]\nsummary: ${JSON.stringify(paragraph(next, 20))}\n---\n\n${body(next)}\n`,
    );
  }
  for (let index = 0; index < workshops; index++) {
    const year = 2013 + (index % 13);
    const start = `${year}-${String(1 + (index % 12)).padStart(2, "0")}-10`;
    const list = [0, 1, 2].map((n) => {
      const url = n === 0 && sources.length > 0 ? materialOf(index) : `https://slides.example.org/${index}/${n}`;
      return `  - title: Talk ${n} of workshop ${index}\n    url: ${url}\n    kind: ${n === 2 ? "video" : "slides"}\n    authors: [Speaker ${index % 11} (Partner ${index % partners})]\n`;
    });
    write(
      `content/workshops/workshop-${index}.md`,
      `---\ntitle: ${JSON.stringify(`Workshop ${index}: ${paragraph(next, 4)}`)}\nkind: workshop\nstart: ${start}\nend: ${year}-${String(1 + (index % 12)).padStart(2, "0")}-12\nlocation:\n  city: City ${index % 50} of ${COUNTRIES[index % COUNTRIES.length]}\n  country: ${COUNTRIES[index % COUNTRIES.length]}\nsummary: ${JSON.stringify(paragraph(next, 25))}\nmaterials:\n${list.join("")}---\n\n${body(next)}\n`,
    );
  }
}
