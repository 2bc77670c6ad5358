// Browser tests use Debian's Chromium. On a fresh Debian machine this installs it; elsewhere it says how, in one line.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM } from "../helpers/browser.ts";

if (!existsSync(CHROMIUM)) {
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (canInstall) {
    console.log(`Installing Chromium for the browser tests (${CHROMIUM} is missing)…`);
    const run = (args: string[]) => spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
    if (!run(["update"]) || !run(["install", "-y", "--no-install-recommends", "chromium"])) process.exitCode = 1;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium is missing: run "sudo apt-get install chromium" (or set CHROMIUM_PATH to a Chromium binary), then npm test again.`);
    process.exit(1);
  }
}
