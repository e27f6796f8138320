#!/usr/bin/env node
import { runCli } from './cli.js';
import { run } from './main.js';
import { guardOutput } from './secrets/guard-output.js';
import { secretValues } from './secrets/redact.js';

// Nothing this process prints may carry a secret value it has seen, whatever the path to the message.
const writeUnredacted = guardOutput(process.stdout, secretValues);
guardOutput(process.stderr, secretValues);

// One bundle is both the action and the CLI. The runner starts an action as `node dist/index.js` with
// no arguments; a person or a script always names a command (or --help).
if (process.argv.length > 2 || process.env.GITHUB_ACTIONS !== 'true') {
  process.exitCode = await runCli(process.argv.slice(2), process.cwd(), process.env, writeUnredacted);
} else {
  await run();
}
