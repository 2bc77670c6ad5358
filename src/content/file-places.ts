// Where each file an editor adds belongs: a file the site would not read is reported, and a file under assets/ is
// published only with a name every address can hold and, for a material, of a kind browsers do not run.
import { CONTENT_TYPES } from "../schema/content-types.ts";
import { INSTALLATIONS_FILE } from "../schema/installation.ts";
import { PARTICIPANTS_FOLDER } from "../schema/participant.ts";
import { SITE_FILE } from "../schema/site.ts";
import { TRANSLATION_FILE } from "../schema/languages.ts";
import { materialFileProblem } from "../materials/types.ts";
import type { EditorFiles } from "./files.ts";
import type { Problem } from "./problems.ts";

/** Where each file an editor may add belongs, and what to say about one that belongs nowhere. */
const PLACES: Array<{ folder: string; known: (path: string) => boolean; expected: string }> = [
  {
    folder: "content/",
    // A translation (about.es.md) lies where its original does; translations.ts checks that the original exists.
    known: (path) =>
      CONTENT_TYPES.some((type) => type.alsoFiles?.some((file) => path === file || originalName(path) === file) || (path.startsWith(`${type.folder}/`) && /^[^/]+\.md$/.test(path.slice(type.folder.length + 1)))),
    expected: "a page as content/about.md, or content/<folder>/<name>.md in pages/, workshops/, partners/, news/ or projects/, or a translation beside its original",
  },
  {
    folder: "_data/",
    known: (path) => path === SITE_FILE || path === INSTALLATIONS_FILE || new RegExp(`^${PARTICIPANTS_FOLDER}/[^/]+\\.csv$`).test(path),
    expected: `${SITE_FILE}, ${INSTALLATIONS_FILE} or a participants list as ${PARTICIPANTS_FOLDER}/<name>.csv`,
  },
  { folder: "assets/", known: (path) => /^assets\/(materials|images)\//.test(path), expected: "a material under assets/materials/ or a picture under assets/images/" },
];

/** The original a translation's name points at, such as content/about.md for content/about.es.md. */
const originalName = (path: string) => {
  const match = TRANSLATION_FILE.exec(path);
  return match ? `${match[1]}.md` : undefined;
};

/** Files the site would not read: never published, never run, and reported so nothing is added by mistake. */
export function unusedFileProblems(files: EditorFiles): Problem[] {
  return files.files.flatMap((file) => {
    if (file.slice(file.lastIndexOf("/") + 1).startsWith(".")) return [];
    const place = PLACES.find(({ folder }) => file.startsWith(folder));
    return place && !place.known(file) ? [{ file, line: 1, field: "file", message: `is not a file the site uses (expected ${place.expected})` }] : [];
  });
}

/** Characters that web addresses reserve or browsers drop, which a published file's name cannot hold. */
const UNSAFE_NAME = /[%#?\\\u0000-\u001f\u007f]/u;

/** The files under assets/ that the site may publish, as site paths; a name no address can hold is a problem. */
export function listAssets(files: EditorFiles, problems: Problem[]): Set<string> {
  const assets = new Set<string>();
  for (const file of files.files.filter((path) => path.startsWith("assets/"))) {
    const name = file.slice(file.lastIndexOf("/") + 1);
    if (name.startsWith(".")) continue;
    const unsafe = UNSAFE_NAME.exec(file)?.[0];
    if (unsafe) {
      const character = /[%#?\\]/.test(unsafe) ? `"${unsafe}"` : `the control character U+${unsafe.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
      problems.push({ file, line: 1, field: "file name", message: `contains ${character}, which web addresses reserve (expected letters, digits, spaces, hyphens, underscores and dots)` });
      continue;
    }
    const kind = file.startsWith("assets/materials/") ? materialFileProblem(name) : undefined;
    if (kind) {
      problems.push({ file, line: 1, field: "file", message: kind });
      continue;
    }
    assets.add(`/${file}`);
  }
  return assets;
}
