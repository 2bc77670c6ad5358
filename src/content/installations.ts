// _data/installations.yaml: one checked record per Living Atlas portal, each id once, each point in its country; and
// problems about a portal named by its id rather than its place in the list.
import { SLUG } from "../schema/fields.ts";
import { INSTALLATIONS_FILE, installationFields, type Installation } from "../schema/installation.ts";
import type { EditorFiles } from "./files.ts";
import { KeptWhileUnchanged, type Stored } from "./kept.ts";
import { pointProblem } from "./points.ts";
import type { Problem } from "./problems.ts";
import { validate } from "./validate.ts";
import type { ParsedYaml } from "./yaml.ts";

/** What checking the installations file gave: its installations, its problems, and its values still to fill in. */
interface Checked {
  installations: Installation[];
  problems: Problem[];
  unfilled: Problem[];
}

/**
 * The installations file checked, while it stays the same: by a check that refuses values still to fill in (they are
 * its problems then), kept between runs of the compiled check and build too; and by a preview, which lists them.
 */
export const INSTALLATION_CHECKS: Stored<Checked> = { name: "installation-checks", store: (checked) => checked, restore: (stored) => stored as Checked };
const checkedBy = { refusing: new KeptWhileUnchanged<Checked>(INSTALLATION_CHECKS), listing: new KeptWhileUnchanged<Checked>() };

/** The checked installations, from the file as `installationsYaml` read it; its problems and values to fill in are added. */
export function loadInstallations(
  root: string,
  installationsYaml: ParsedYaml | undefined,
  problems: Problem[],
  unfilled: Problem[],
  files?: EditorFiles,
): Installation[] {
  if (!installationsYaml) return [];
  const refusing = unfilled === problems;
  const entry = checkedBy[refusing ? "refusing" : "listing"].get(root, INSTALLATIONS_FILE, files, () => {
    const found: Problem[] = [];
    const toFill: Problem[] = refusing ? found : [];
    return { installations: checkInstallations(root, installationsYaml, found, toFill), problems: found, unfilled: refusing ? [] : toFill };
  });
  problems.push(...entry.problems);
  unfilled.push(...entry.unfilled);
  return entry.installations;
}

function checkInstallations(root: string, installationsYaml: ParsedYaml, problems: Problem[], unfilled: Problem[]): Installation[] {
  const installations: Installation[] = [];
  if (!Array.isArray(installationsYaml.value)) {
    problems.push({ file: INSTALLATIONS_FILE, line: 1, field: "file", message: "is not a list (expected one block per installation, each starting with - id:)" });
    return installations;
  }
  const firstIndex = new Map<string, number>();
  installationsYaml.value.forEach((entry, index) => {
    const installation = validate(installationFields, entry, INSTALLATIONS_FILE, installationsYaml, problems, [index], unfilled);
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id === "string") {
      const previous = firstIndex.get(id);
      if (previous !== undefined) {
        const line = installationsYaml.lineOf([index, "id"]);
        problems.push({ file: INSTALLATIONS_FILE, line, field: `[${index}].id`, message: `"${id}" is already used at line ${installationsYaml.lineOf([previous, "id"])} (expected a unique id)` });
        return;
      }
      firstIndex.set(id, index);
    }
    if (installation) installations.push(installation);
    // A point on the map must lie in the portal's country: swapped or unsigned coordinates land far away.
    const misplaced = installation?.country && installation.lat !== undefined && installation.lon !== undefined ? pointProblem(root, installation.country, installation.lat, installation.lon) : undefined;
    if (misplaced) problems.push({ file: INSTALLATIONS_FILE, line: installationsYaml.lineOf([index, "lat"]), field: `[${index}].lat/lon`, message: misplaced });
  });
  return installations;
}

/** An installation's problem names it by its id ("gbif-spain.status"), not by its place in the list ("[12].status"). */
export function namedByInstallation(problem: Problem, installationsYaml: ParsedYaml | undefined): Problem {
  const match = problem.file === INSTALLATIONS_FILE ? /^\[(\d+)\]\.?/.exec(problem.field) : null;
  if (!match || !installationsYaml || !Array.isArray(installationsYaml.value)) return problem;
  const index = Number(match[1]);
  const idOf = (entry: unknown) => (entry as { id?: unknown } | null)?.id;
  const id = idOf(installationsYaml.value[index]);
  // An id that is missing, malformed or repeated names nothing for sure; the installation's number in the list does.
  const unique = typeof id === "string" && SLUG.test(id) && installationsYaml.value.findIndex((entry) => idOf(entry) === id) === index;
  const name = unique ? id : `installation ${index + 1}`;
  const rest = problem.field.slice(match[0].length);
  return { ...problem, field: rest ? `${name}.${rest}` : name };
}
