import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { actionYaml } from './action-yml.js';

writeFileSync(path.resolve(import.meta.dirname, '../../action.yml'), actionYaml());
