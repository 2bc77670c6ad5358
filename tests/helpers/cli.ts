// Runs one of the project's command-line tools the way npm scripts do, against a chosen content root.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { REPOSITORY } from "./site.ts";

export function runTool(tool: string, args: string[], root: string, environment: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(REPOSITORY, "src/cli", tool), ...args], {
    cwd: REPOSITORY,
    encoding: "utf8",
    env: { ...process.env, LIVING_ATLASES_ROOT: root, GITHUB_ACTIONS: "", ...environment },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a tool the way its npm script does when that goes through src/cli/launch.mjs: from a compiled bundle, without tsx. */
export function runLaunched(tool: string, args: string[], root: string, environment: Record<string, string> = {}, code = REPOSITORY) {
  const result = spawnSync(process.execPath, [join(code, "src/cli/launch.mjs"), tool, ...args], {
    cwd: code,
    encoding: "utf8",
    env: { ...process.env, LIVING_ATLASES_ROOT: root, GITHUB_ACTIONS: "", ...environment },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
