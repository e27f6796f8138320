import { describe, expect, it } from 'vitest';
import { mergeOverlay } from '../../src/manifests/overlay.js';
import { parseYaml } from '../../src/manifests/yaml.js';

function document(file: string, text: string) {
  const [first] = parseYaml(file, text).documents;
  if (!first) throw new Error('empty');
  return first;
}

describe('mergeOverlay', () => {
  const base = document(
    'base.yaml',
    'spec:\n  deploy:\n    replicas: 1\n    strategy: rolling\n  env:\n    - name: A\n      value: "1"\n  image: app:1\n',
  );
  const overlay = document(
    'prod.yaml',
    'spec:\n  deploy:\n    replicas: 3\n  env:\n    - name: B\n      value: "2"\n  image: null\n',
  );
  const merged = mergeOverlay(base, overlay);

  it('merges maps, replaces lists and removes keys set to null', () => {
    expect(merged.value).toEqual({
      spec: { deploy: { replicas: 3, strategy: 'rolling' }, env: [{ name: 'B', value: '2' }] },
    });
  });

  it('keeps the origin of each value in the file that wrote it', () => {
    expect(merged.origins.locate(['spec', 'deploy', 'replicas'])).toEqual({
      file: 'prod.yaml',
      line: 3,
      column: 5,
    });
    expect(merged.origins.locate(['spec', 'deploy', 'strategy'])).toEqual({
      file: 'base.yaml',
      line: 4,
      column: 5,
    });
    expect(merged.origins.locate(['spec', 'env', 0, 'name'])).toMatchObject({ file: 'prod.yaml', line: 5 });
  });
});
