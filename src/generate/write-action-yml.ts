import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { actionYaml, SUB_ACTIONS, subActionFolder } from './action-yml.js';
import { INPUTS_MD, inputsMarkdown } from './inputs-md.js';

// Everything generated from the inputs table: action.yml, the sub-actions' action.yml, docs/inputs.md.
const root = path.resolve(import.meta.dirname, '../..');
writeFileSync(path.join(root, 'action.yml'), actionYaml());
for (const command of SUB_ACTIONS) {
  const folder = path.join(root, subActionFolder(command));
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'action.yml'), actionYaml(command));
}
writeFileSync(path.join(root, INPUTS_MD), inputsMarkdown());
