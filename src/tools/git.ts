/** `git -C <workspace> <args>`'s output, trimmed; undefined when git fails or is not there. */
export async function gitOutput(workspace: string, ...args: string[]): Promise<string | undefined> {
  try {
    // Loaded when first needed: most commands never run git, and start-up is what a user waits for.
    const { getExecOutput } = await import('@actions/exec');
    const result = await getExecOutput('git', ['-C', workspace, ...args], {
      silent: true,
      ignoreReturnCode: true,
    });
    return result.exitCode === 0 ? result.stdout.trim() : undefined;
  } catch {
    return undefined;
  }
}
