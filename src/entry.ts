import { cancelOnSignals } from './model/cancel.js';
import { guardOutput } from './secrets/guard-output.js';
import { SecretValues } from './secrets/redact.js';
import { readableStack } from './app/stack-trace.js';

// One bundle is both the action and the CLI. The runner starts an action as `node dist/index.js` with
// no arguments; a person or a script always names a command (or --help).
const asCli = process.argv.length > 2 || process.env.GITHUB_ACTIONS !== 'true';
const cancellation = cancelOnSignals();

let finished = false;
// A promise that never settles would let Node exit quietly with the work half done: say so and fail.
process.on('beforeExit', () => {
  if (finished) return;
  finished = true;
  const message =
    'kubesync stopped before it finished: a request never completed and nothing else was left to run. This is a bug; the lines above show how far it got';
  process.stderr.write(asCli ? `kubesync: ${message}\n` : `::error::${message}\n`);
  process.exitCode = asCli ? 2 : 1;
});

/** The CLI, or the action; each loads only its own code. */
async function start(): Promise<void> {
  if (asCli) {
    // Nothing this process prints may carry a secret value it has seen, whatever the path to the message.
    const secrets = new SecretValues();
    const writeUnredacted = guardOutput(process.stdout, secrets);
    guardOutput(process.stderr, secrets);
    const { runCli } = await import('./cli/run-cli.js');
    const terminal = { cwd: process.cwd(), env: process.env, secrets, writeUnredacted, cancellation };
    process.exitCode = await runCli(process.argv.slice(2), terminal);
    return;
  }
  const { maskInRunnerLog, run, runnerEnvironment } = await import('./action/run-action.js');
  const secrets = new SecretValues(maskInRunnerLog);
  guardOutput(process.stdout, secrets);
  guardOutput(process.stderr, secrets);
  await run(runnerEnvironment(process.env, process.cwd()), secrets, cancellation);
}

void start()
  .catch((error: unknown) => {
    // Only a bug gets here (every expected failure is reported by the command): one line and a stack.
    const text = readableStack(error);
    process.stderr.write(
      asCli ? `kubesync: internal error: ${text}\n` : `::error::kubesync internal error: ${text}\n`,
    );
    process.exitCode = asCli ? 2 : 1;
  })
  .finally(() => {
    finished = true;
  });
