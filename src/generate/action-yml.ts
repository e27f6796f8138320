import { stringify } from 'yaml';
import type { ResolvedCommand } from '../settings/inputs.js';
import { INPUTS, OUTPUTS, SETTINGS } from '../settings/inputs.js';

/** The action's Marketplace listing; its inputs and outputs come from the table in src/settings/inputs.ts. */
const LISTING = {
  name: 'kubesync',
  description:
    'Push-based GitOps for Kubernetes: validate manifests, plan the diff against the live cluster, apply and record',
  author: 'kubesync',
  branding: { icon: 'refresh-cw', color: 'blue' },
};

/** The commands that are also actions of their own, `uses: kubesync/kubesync/.github/actions/<command>@v0`. */
export const SUB_ACTIONS = ['validate', 'plan', 'apply'] as const satisfies readonly ResolvedCommand[];
export type SubAction = (typeof SUB_ACTIONS)[number];

/** Where a sub-action's action.yml lives, relative to the repository root. */
export function subActionFolder(command: SubAction): string {
  return `.github/actions/${command}`;
}

export const ACTION_YML_HEADER =
  '# Generated from the inputs table in src/settings/inputs.ts by `npm run generate`: edit the table, not this file.\n';

/**
 * action.yml: the listing, every input the workflow can give, every output, and the bundle it runs.
 * A sub-action lists only what its command reads and sets, and runs the bundle with the command fixed.
 */
export function actionYaml(command?: SubAction): string {
  const inputs = Object.fromEntries(
    Object.values(INPUTS)
      .filter(
        (definition) =>
          !command || (definition.name !== SETTINGS.command.name && definition.commands.includes(command)),
      )
      .map((definition) => [
        definition.name,
        { description: definition.description, required: false, default: definition.default },
      ]),
  );
  const outputs = Object.fromEntries(
    Object.entries(OUTPUTS)
      .filter(([, output]) => !command || output.commands.includes(command))
      .map(([name, output]) => [name, { description: output.description }]),
  );
  const listing = command
    ? {
        ...LISTING,
        name: `kubesync ${command}`,
        description: `Push-based GitOps for Kubernetes: the ${command} step of kubesync`,
      }
    : LISTING;
  const main = command ? `../../../dist/${command}.js` : 'dist/index.js';
  return (
    ACTION_YML_HEADER +
    stringify({ ...listing, inputs, outputs, runs: { using: 'node24', main } }, { lineWidth: 0 })
  );
}

/** The entry of a sub-action in dist/: the one bundle, with the command its action.yml stands for. */
export function subActionEntry(command: SubAction): string {
  return `// kubesync/kubesync/${subActionFolder(command)}: the one bundle, run as \`command: ${command}\`.\nprocess.env.INPUT_COMMAND = '${command}';\nawait import('./index.js');\n`;
}
