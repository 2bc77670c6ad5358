// Loaded with --import by the benchmark: reports the Node process's own peak memory when it exits.
process.on("exit", () => process.stderr.write(`\nnode-peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
