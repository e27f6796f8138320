import { stringify } from 'yaml';
import { INPUT_DEFINITIONS, OUTPUTS } from '../inputs.js';

/** The action's Marketplace listing; its inputs and outputs come from the table in src/inputs.ts. */
const LISTING = {
  name: 'kubesync',
  description:
    'Push-based GitOps for Kubernetes: validate manifests, plan the diff against the live cluster, apply and record',
  author: 'kubesync',
  branding: { icon: 'refresh-cw', color: 'blue' },
};

export const ACTION_YML_HEADER =
  '# Generated from the inputs table in src/inputs.ts by `npm run generate`: edit the table, not this file.\n';

/** action.yml: the listing, every input the workflow can give, every output, and the bundle it runs. */
export function actionYaml(): string {
  const inputs = Object.fromEntries(
    INPUT_DEFINITIONS.filter(({ definition }) => definition.surface !== 'cli').map(({ definition }) => [
      definition.name,
      { description: definition.description, required: false, default: definition.default },
    ]),
  );
  const outputs = Object.fromEntries(
    Object.entries(OUTPUTS).map(([name, output]) => [name, { description: output.description }]),
  );
  const metadata = { ...LISTING, inputs, outputs, runs: { using: 'node24', main: 'dist/index.js' } };
  return ACTION_YML_HEADER + stringify(metadata, { lineWidth: 0 });
}
