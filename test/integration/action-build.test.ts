import { expect, it } from 'vitest';
import type { ClusterTarget } from '../support/cluster-target.js';
import { describeOnEachTarget, expectNoWrites, openTarget } from '../support/cluster-target.js';
import { webApp } from '../support/apps.js';
import { fakeBuilders } from '../support/fake-builders.js';
import { runAction } from '../support/run-dist.js';
import { makeWorkspace } from '../support/workspace.js';

/** The commit runAction's GITHUB_SHA names, which tags the built image. */
const SHA = '0123456789abcdef0123456789abcdef01234567';

const buildingApp = webApp(2, '  build:\n    builder: dockerfile\n    args: {NODE_ENV: production}\n');

interface Container {
  readonly image: string;
}

async function deployedImage(target: ClusterTarget): Promise<string | undefined> {
  const deployment = await target.get('apps/v1', 'Deployment', 'web', target.namespace);
  const spec = deployment?.spec as { template: { spec: { containers: Container[] } } } | undefined;
  return spec?.template.spec.containers[0]?.image;
}

describeOnEachTarget('the bundled action with build: true', (kind) => {
  it('builds and pushes the image, then deploys the pushed digest', async () => {
    const target = await openTarget(kind);
    const fakes = fakeBuilders();
    const workspace = makeWorkspace({ 'pipeops.yaml': buildingApp, Dockerfile: 'FROM scratch\n' });
    const result = await runAction({
      workspace,
      inputs: { command: 'apply', build: 'true', kubeconfig: target.kubeconfig, namespace: target.namespace },
      env: { PATH: fakes.path() },
    });
    const pinned = `ghcr.io/acme/web@${fakes.digest}`;
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['sync-status']).toBe('Synced');
    expect(result.outputs.image).toBe(pinned);
    expect(result.stdout).toContain(`pushed ${pinned}`);
    expect(await deployedImage(target)).toBe(pinned);

    const build = fakes.calls().find((call) => call.args[1] === 'build');
    expect(build?.tool).toBe('docker');
    expect(build?.args).toEqual(
      expect.arrayContaining([
        '--push',
        '-t',
        `ghcr.io/acme/web:${SHA}`,
        '--build-arg',
        'NODE_ENV=production',
      ]),
    );
    expect(build?.args.at(-1)).toBe(workspace);
  });

  it('a failed build shows the builder’s last lines and applies nothing', async () => {
    const target = await openTarget(kind);
    const fakes = fakeBuilders({ failBuild: true });
    const workspace = makeWorkspace({ 'pipeops.yaml': buildingApp, Dockerfile: 'FROM scratch\n' });
    const result = await runAction({
      workspace,
      inputs: { command: 'apply', build: 'true', kubeconfig: target.kubeconfig, namespace: target.namespace },
      env: { PATH: fakes.path() },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      `::error::docker buildx build of ghcr.io/acme/web:${SHA} failed (exit code 1):%0A#12 build step 12%0A`,
    );
    expect(result.stdout).toContain('ERROR: failed to solve: process "/bin/sh -c npm ci" did not complete');
    expect(result.outputs.image).toBe('');
    expect(await deployedImage(target)).toBeUndefined();
    await expectNoWrites(target);
  });
});
