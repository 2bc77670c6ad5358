// GitHub Actions run what editors and developers run locally, and publish with GitHub's own Pages actions.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parse } from "yaml";
import { REPOSITORY } from "./helpers/site.ts";

type Workflow = { on: Record<string, unknown>; jobs: Record<string, { steps: Array<{ run?: string; uses?: string; env?: Record<string, string> }> }> };
const workflow = (name: string) => parse(readFileSync(join(REPOSITORY, ".github/workflows", name), "utf8")) as Workflow;
const steps = (flow: Workflow) => Object.values(flow.jobs).flatMap((job) => job.steps);

test("pull requests run npm ci, npm run check, npm run translations and npm test", () => {
  const flow = workflow("pull-request.yml");
  assert.ok("pull_request" in flow.on);
  assert.deepEqual(
    steps(flow).flatMap((step) => (step.run ? [step.run] : [])),
    ["npm ci", "npm run check", "npm run translations", "npm test"],
  );
});

test("main is built with npm run build and published with the official Pages actions, at the address Pages gives", () => {
  const flow = workflow("deploy.yml");
  assert.deepEqual(flow.on.push, { branches: ["main"] });
  const all = steps(flow);
  assert.deepEqual(
    all.flatMap((step) => (step.run ? [step.run] : [])),
    ["npm ci", "npm run build"],
  );
  const uses = all.flatMap((step) => (step.uses ? [step.uses.split("@")[0]] : []));
  for (const action of ["actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"]) assert.ok(uses.includes(action), action);
  const build = all.find((step) => step.run === "npm run build")!;
  assert.deepEqual(Object.keys(build.env ?? {}).sort(), ["SITE_BASE_PATH", "SITE_URL"]);
});
