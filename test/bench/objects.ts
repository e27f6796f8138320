import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { ConfigMapObject } from './raw-api.js';

/** `count` ConfigMaps of about 300 bytes each, the same on every run. */
export function configMaps(count: number): ConfigMapObject[] {
  return Array.from({ length: count }, (_, index) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `bench-${String(index).padStart(5, '0')}` },
    data: {
      index: String(index),
      'app.properties': `log.level=info\nworkers=${(index % 8) + 1}\nfeature.${index}=on\n`,
      payload: 'x'.repeat(160),
    },
  }));
}

/** A folder holding the objects as one multi-document YAML file, as kubesync and kubectl -f read it. */
export function writeManifests(folder: string, objects: ConfigMapObject[]): string {
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, 'configmaps.yaml'),
    objects.map((object) => stringify(object)).join('---\n'),
  );
  return folder;
}
