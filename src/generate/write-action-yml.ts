import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { actionYaml, SUB_ACTIONS, subActionFolder } from './action-yml.js';

const root = path.resolve(import.meta.dirname, '../..');
writeFileSync(path.join(root, 'action.yml'), actionYaml());
for (const command of SUB_ACTIONS) {
  const folder = path.join(root, subActionFolder(command));
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'action.yml'), actionYaml(command));
}
