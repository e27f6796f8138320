import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/manifests/load.js';
import { makeWorkspace, settingsFor } from '../support/workspace.js';
import { expectRefused, linkIn, outsideCanary } from './hostile.js';

const cm = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n`;

describe('raw YAML sources cannot read outside the repository', () => {
  it('refuses a symlinked file whose target is outside, naming the link and its target', async () => {
    const canary = outsideCanary();
    const root = makeWorkspace({ 'k8s/web.yaml': cm });
    linkIn(root, 'k8s/stolen.yaml', canary.file);
    await expectRefused(
      loadManifests(settingsFor(root, { manifest: 'k8s' })),
      ['k8s/stolen.yaml is a symlink to', canary.file, 'outside the repository'],
      canary,
    );
  });

  it('refuses a symlinked folder whose target is outside', async () => {
    const canary = outsideCanary();
    const root = makeWorkspace({ 'k8s/web.yaml': cm });
    linkIn(root, 'k8s/more', canary.dir);
    await expectRefused(
      loadManifests(settingsFor(root, { manifest: 'k8s' })),
      ['k8s/more is a symlink to', canary.dir, 'outside the repository'],
      canary,
    );
  });

  it('refuses a symlink that dangles out of the repository instead of failing with a stack', async () => {
    const canary = outsideCanary();
    const root = makeWorkspace({ 'k8s/web.yaml': cm });
    linkIn(root, 'k8s/gone.yaml', path.join(canary.dir, 'not-there.yaml'));
    await expectRefused(loadManifests(settingsFor(root, { manifest: 'k8s' })), [
      'k8s/gone.yaml is a symlink to',
      'outside the repository',
    ]);
  });

  it('still reads a symlink that stays inside the repository', async () => {
    const root = makeWorkspace({ 'shared/web.yaml': cm, 'k8s/.keep': '' });
    linkIn(root, 'k8s/web.yaml', '../shared/web.yaml');
    const loaded = await loadManifests(settingsFor(root, { manifest: 'k8s' }));
    expect(loaded.resources.map((resource) => resource.object.kind)).toEqual(['ConfigMap']);
  });
});
