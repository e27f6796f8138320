// Free of vitest, so that the bench (a plain script) can run the action as a step too.

/** The environment the runner gives an action step: its workspace, event, command files and inputs. */
export function runnerEnv(step: {
  workspace: string;
  inputs: Record<string, string>;
  eventName?: string;
  env?: NodeJS.ProcessEnv;
  eventFile: string;
  outputFile: string;
  summaryFile: string;
  runnerTemp: string;
}): NodeJS.ProcessEnv {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: step.workspace,
    GITHUB_EVENT_NAME: step.eventName ?? 'push',
    GITHUB_EVENT_PATH: step.eventFile,
    GITHUB_OUTPUT: step.outputFile,
    GITHUB_STEP_SUMMARY: step.summaryFile,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: step.runnerTemp,
    ...Object.fromEntries(
      Object.entries(step.inputs).map(([name, value]) => [
        `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
        value,
      ]),
    ),
    ...step.env,
  };
}
