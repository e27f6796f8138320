import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/manifests/load.js';
import { useRealTools } from '../support/tools.js';
import { makeTempDir, makeWorkspace, settingsFor } from '../support/workspace.js';
import { expectRefused, linkIn, outsideCanary } from './hostile.js';

const tools = useRealTools();
afterAll(() => tools.restore());

const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;
const kustomization = (body: string) =>
  `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${body}`;

describe.skipIf(!tools.available)(
  `kustomize sources cannot read outside the repository ${tools.reason}`,
  () => {
    it('refuses a resource file that is a symlink out of the repository', async () => {
      const canary = outsideCanary();
      const root = makeWorkspace({
        'app/kustomization.yaml': kustomization('resources: [web.yaml, stolen.yaml]\n'),
        'app/web.yaml': cm('web'),
      });
      linkIn(root, 'app/stolen.yaml', canary.file);
      await expectRefused(
        loadManifests(settingsFor(root, { manifest: 'app' })),
        ['app/stolen.yaml is a symlink to', canary.file, 'outside the repository; kustomize would read it'],
        canary,
      );
    });

    it('refuses a patch that is a symlink out of the repository', async () => {
      const canary = outsideCanary();
      const root = makeWorkspace({
        'app/kustomization.yaml': kustomization('resources: [web.yaml]\npatches:\n  - path: patch.yaml\n'),
        'app/web.yaml': cm('stolen'),
      });
      linkIn(root, 'app/patch.yaml', canary.file);
      await expectRefused(
        loadManifests(settingsFor(root, { manifest: 'app' })),
        ['app/patch.yaml is a symlink to', canary.file],
        canary,
      );
    });

    it('refuses a configMapGenerator file that is a symlink out of the repository', async () => {
      const marker = `kubesync-canary-${Date.now()}`;
      process.env.KUBESYNC_TEST_CANARY = marker;
      try {
        const root = makeWorkspace({
          'app/kustomization.yaml': kustomization(
            'configMapGenerator:\n  - name: env\n    files: [token=token.txt]\n',
          ),
        });
        linkIn(root, 'app/token.txt', '/proc/self/environ');
        const refusal = await expectRefused(loadManifests(settingsFor(root, { manifest: 'app' })), [
          'app/token.txt is a symlink to /proc/self/environ, outside the repository; kustomize would read it. Replace the link with the file',
        ]);
        expect(refusal.message).not.toContain(marker);
      } finally {
        delete process.env.KUBESYNC_TEST_CANARY;
      }
    });

    it('refuses a base folder that is a symlink out of the repository', async () => {
      const canary = outsideCanary();
      const root = makeWorkspace({ 'app/kustomization.yaml': kustomization('resources: [base]\n') });
      linkIn(root, 'app/base', canary.dir);
      await expectRefused(
        loadManifests(settingsFor(root, { manifest: 'app' })),
        ['app/base is a symlink to', canary.dir],
        canary,
      );
    });

    it('refuses a symlink anywhere in the repository, not only in the kustomization folder', async () => {
      const canary = outsideCanary();
      const root = makeWorkspace({
        'app/kustomization.yaml': kustomization('resources: [../shared]\n'),
        'shared/kustomization.yaml': kustomization('resources: [x.yaml]\n'),
      });
      linkIn(root, 'shared/x.yaml', canary.file);
      await expectRefused(
        loadManifests(settingsFor(root, { manifest: 'app' })),
        ['shared/x.yaml is a symlink to', canary.file],
        canary,
      );
    });

    it('refuses a base path that climbs out of the repository, naming the kustomization line', async () => {
      const canary = outsideCanary();
      const root = makeWorkspace({
        'app/kustomization.yaml': kustomization(
          `resources:\n  - web.yaml\n  - ../../../../../../../../..${canary.dir}\n`,
        ),
        'app/web.yaml': cm('web'),
      });
      // The outside folder is a kustomization too, so kustomize itself would build it.
      makeWorkspaceFile(canary.dir, 'kustomization.yaml', kustomization('resources: [secret.yaml]\n'));
      await expectRefused(
        loadManifests(settingsFor(root, { manifest: 'app' })),
        ['app/kustomization.yaml:5:5', 'resources[1]', 'leaves the repository'],
        canary,
      );
    });

    it('refuses a generator file and an env file given by a path that climbs out', async () => {
      const canary = outsideCanary();
      const root = makeWorkspace({
        'app/kustomization.yaml': kustomization(
          `secretGenerator:\n  - name: s\n    envs:\n      - ../../../../../../../../..${canary.file}\n`,
        ),
      });
      await expectRefused(
        loadManifests(settingsFor(root, { manifest: 'app' })),
        ['app/kustomization.yaml:6:9', 'secretGenerator[0].envs[0]', 'leaves the repository'],
        canary,
      );
    });

    it('refuses a remote base unless the workflow allows remote sources', async () => {
      const root = makeWorkspace({
        'app/kustomization.yaml': kustomization(
          'resources:\n  - web.yaml\n  - https://github.com/acme/evil//deploy?ref=main\n  - github.com/acme/evil/deploy\n',
        ),
        'app/web.yaml': cm('web'),
      });
      const refusal = await expectRefused(loadManifests(settingsFor(root, { manifest: 'app' })), [
        'app/kustomization.yaml:5:5: resources[1] "https://github.com/acme/evil//deploy?ref=main" is a remote source',
        'app/kustomization.yaml:6:5: resources[2] "github.com/acme/evil/deploy" is a remote source',
        'allow-remote-sources: true',
      ]);
      expect(refusal.message).not.toContain('kustomize build');
    });

    it('refuses a remote base of a local base', async () => {
      const root = makeWorkspace({
        'app/kustomization.yaml': kustomization('resources: [../base]\n'),
        'base/kustomization.yaml': kustomization(
          'resources:\n  - git::https://example.com/acme/evil.git//deploy\n',
        ),
      });
      await expectRefused(loadManifests(settingsFor(root, { manifest: 'app' })), [
        'base/kustomization.yaml:4:5: resources[0] "git::https://example.com/acme/evil.git//deploy" is a remote source',
      ]);
    });

    it('fetches a remote base when the workflow allows remote sources', async () => {
      const remote = makeWorkspace({
        'deploy/kustomization.yaml': kustomization('resources: [cm.yaml]\n'),
        'deploy/cm.yaml': cm('remote'),
      });
      const git = (...args: string[]) => execFileSync('git', args, { cwd: remote, stdio: 'pipe' });
      git('init', '-q', '-b', 'main');
      git('add', '.');
      git('-c', 'user.email=test@example.com', '-c', 'user.name=test', 'commit', '-qm', 'remote base');
      const root = makeWorkspace({
        'app/kustomization.yaml': kustomization(`resources:\n  - file://${remote}//deploy?ref=main\n`),
      });
      await expectRefused(loadManifests(settingsFor(root, { manifest: 'app' })), [
        `app/kustomization.yaml:4:5: resources[0] "file://${remote}//deploy?ref=main" is a remote source`,
      ]);
      const loaded = await loadManifests(
        settingsFor(root, { manifest: 'app', 'allow-remote-sources': 'true' }),
      );
      expect(loaded.resources.map((resource) => resource.object.metadata)).toEqual([{ name: 'remote' }]);
    });

    it("keeps kustomize's RootOnly load restrictor: a file beside the kustomization's folder is not read", async () => {
      const root = makeWorkspace({
        'app/kustomization.yaml': kustomization('resources: [../shared/web.yaml]\n'),
        'shared/web.yaml': cm('web'),
      });
      await expect(loadManifests(settingsFor(root, { manifest: 'app' }))).rejects.toThrow(
        /kustomize build app failed[\s\S]*is not in or below/,
      );
    });

    it('never runs an exec generator plugin from the repository', async () => {
      const marker = path.join(makeTempDir('kubesync-exec-'), 'ran');
      const root = makeWorkspace({
        'app/kustomization.yaml': kustomization('generators: [generator.yaml]\n'),
        'app/generator.yaml': `apiVersion: example.com/v1\nkind: Steal\nmetadata:\n  name: steal\n  annotations:\n    config.kubernetes.io/function: |\n      exec:\n        path: ./steal.sh\n`,
        'app/steal.sh': `#!/bin/sh\ntouch ${marker}\necho 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: stolen}'\n`,
      });
      executable(root, 'app/steal.sh');
      await expect(loadManifests(settingsFor(root, { manifest: 'app' }))).rejects.toThrow(
        /kustomize build app failed/,
      );
      expect(existsSync(marker)).toBe(false);
    });

    it('refuses helmCharts, which would run helm with arguments the kustomization chooses', async () => {
      const marker = path.join(makeTempDir('kubesync-helm-'), 'ran');
      const root = makeWorkspace({
        'app/kustomization.yaml': kustomization(
          `helmCharts:\n  - name: web\n    releaseName: "--post-renderer=/bin/sh"\n    valuesInline: {x: "${marker}"}\n`,
        ),
      });
      await expectRefused(loadManifests(settingsFor(root, { manifest: 'app' })), [
        'app/kustomization.yaml:3:1: helmCharts',
        'render the chart as an app of its own',
      ]);
      expect(existsSync(marker)).toBe(false);
    });

    it('still renders a kustomization whose base is a symlink that stays inside the repository', async () => {
      const root = makeWorkspace({
        'app/kustomization.yaml': kustomization('resources: [base]\n'),
        'shared/base/kustomization.yaml': kustomization('resources: [web.yaml]\n'),
        'shared/base/web.yaml': cm('web'),
      });
      linkIn(root, 'app/base', '../shared/base');
      const loaded = await loadManifests(settingsFor(root, { manifest: 'app' }));
      expect(loaded.resources.map((resource) => resource.object.kind)).toEqual(['ConfigMap']);
    });
  },
);

function makeWorkspaceFile(dir: string, name: string, content: string): void {
  writeFileSync(path.join(dir, name), content);
}

function executable(root: string, file: string): void {
  chmodSync(path.join(root, file), 0o755);
}

describe('every path field of a kustomization is held inside the repository', () => {
  const outside = '../../../../../../../../../etc/hostname';
  it.each([
    ['components', `components:\n  - ${outside}\n`, 'components[0]'],
    ['bases', `bases:\n  - ${outside}\n`, 'bases[0]'],
    ['crds', `crds:\n  - ${outside}\n`, 'crds[0]'],
    ['configurations', `configurations:\n  - ${outside}\n`, 'configurations[0]'],
    ['patchesStrategicMerge', `patchesStrategicMerge:\n  - ${outside}\n`, 'patchesStrategicMerge[0]'],
    ['patchesJson6902', `patchesJson6902:\n  - path: ${outside}\n`, 'patchesJson6902[0].path'],
    ['replacements', `replacements:\n  - path: ${outside}\n`, 'replacements[0].path'],
    [
      'configMapGenerator env',
      `configMapGenerator:\n  - name: c\n    env: ${outside}\n`,
      'configMapGenerator[0].env',
    ],
    ['generators', `generators:\n  - ${outside}\n`, 'generators[0]'],
    ['transformers', `transformers:\n  - ${outside}\n`, 'transformers[0]'],
    ['validators', `validators:\n  - ${outside}\n`, 'validators[0]'],
    ['openapi.path', `openapi:\n  path: ${outside}\n`, 'openapi.path'],
    ['helmGlobals.chartHome', `helmGlobals:\n  chartHome: ${outside}\n`, 'helmGlobals.chartHome'],
    ['a file in .git', 'resources:\n  - ../.git/config\n', 'resources[0]'],
  ])('%s', async (_name, body, field) => {
    const root = makeWorkspace({ 'app/kustomization.yaml': kustomization(body), '.git/config': '[core]\n' });
    const refusal = await expectRefused(loadManifests(settingsFor(root, { manifest: 'app' })), [
      'app/kustomization.yaml:',
      field,
    ]);
    expect(refusal.message).toMatch(/leaves the repository|in the repository's \.git folder/);
  });
});
