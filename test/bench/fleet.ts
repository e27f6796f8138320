import path from 'node:path';
import { configMaps, writeManifests } from './objects.js';

/**
 * `apps` folders of `perApp` ConfigMaps each under `<root>/apps/`, named so that no two apps share an
 * object, for one kubesync step over the glob `apps/*`; and one folder with as many objects in all.
 */
export function writeFleet(root: string, apps: number, perApp: number): { glob: string; single: string } {
  for (let app = 0; app < apps; app++) {
    const name = `app-${String(app).padStart(2, '0')}`;
    const objects = configMaps(perApp).map((object) => ({
      ...object,
      metadata: { name: `${name}-${object.metadata.name}` },
    }));
    writeManifests(path.join(root, 'apps', name), objects);
  }
  const single = writeManifests(path.join(root, 'single'), configMaps(apps * perApp));
  return { glob: 'apps/*', single };
}
