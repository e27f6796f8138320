import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { SUB_ACTIONS, subActionEntry } from './action-yml.js';

// Run by `npm run package` after ncc: dist/<command>.js for each sub-action.
const dist = path.resolve(import.meta.dirname, '../../dist');
for (const command of SUB_ACTIONS) writeFileSync(path.join(dist, `${command}.js`), subActionEntry(command));
