/**
 * Whether to colour what is written to a stream: `--color` / `--no-color` decide; else never with
 * NO_COLOR set to anything (no-color.org); else FORCE_COLOR (force-color.org; `0` or `false` turns it
 * off); else only on a terminal that is not `TERM=dumb`.
 */
export function shouldColor(
  choice: boolean | undefined,
  stream: { readonly isTTY?: boolean },
  env: NodeJS.ProcessEnv,
): boolean {
  if (choice !== undefined) return choice;
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}
