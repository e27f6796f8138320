import { describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/manifests/load.js';
import { MAX_MANIFEST_BYTES } from '../../src/manifests/workspace.js';
import { makeWorkspace, settingsFor } from '../support/workspace.js';

/** Nine levels of nine aliases each: 9^9 (387 million) strings once expanded. */
function billionLaughs(): string {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: lol', 'data:', '  a0: &a0 "lol"'];
  for (let level = 1; level <= 9; level++) {
    const previous = Array.from({ length: 9 }, () => `*a${level - 1}`).join(', ');
    lines.push(`  a${level}: &a${level} [${previous}]`);
  }
  return `${lines.join('\n')}\n`;
}

describe('YAML built to exhaust memory', () => {
  it('refuses an alias bomb (billion laughs) with a finding on its document, without expanding it', async () => {
    const root = makeWorkspace({ 'k8s/lol.yaml': billionLaughs() });
    const loaded = await loadManifests(settingsFor(root, { manifest: 'k8s' }));
    expect(loaded.resources).toEqual([]);
    expect(loaded.findings).toEqual([
      expect.objectContaining({
        rule: 'yaml-aliases',
        origin: expect.objectContaining({ file: 'k8s/lol.yaml' }),
        message: expect.stringContaining('too many YAML aliases'),
      }),
    ]);
  });

  it('refuses a manifest file over the size limit before reading it', async () => {
    const root = makeWorkspace({ 'k8s/huge.yaml': `# ${'x'.repeat(MAX_MANIFEST_BYTES)}\n` });
    await expect(loadManifests(settingsFor(root, { manifest: 'k8s' }))).rejects.toThrow(
      `k8s/huge.yaml is ${MAX_MANIFEST_BYTES + 3} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit for a manifest; split it`,
    );
  });
});
