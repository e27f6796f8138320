import { describe, expect, it } from 'vitest';
import { evaluateInputs, workflowsOf } from '../support/docs.js';
import { containersOf } from '../../src/manifests/image-overrides.js';
import { runActionWithGitHub, startGitHub } from '../support/github.js';
import { startFake } from '../support/engine.js';
import { makeWorkspace } from '../support/workspace.js';

/** The kubesync step's inputs of docs/images.md's release workflow for sources other than an Application. */
function releaseInputs(): Record<string, string> {
  const step = workflowsOf('docs/images.md')
    .flatMap((workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps))
    .find((candidate) => candidate.uses?.startsWith('kubesync/kubesync@') && candidate.with?.images);
  if (!step) throw new Error('docs/images.md has no workflow whose kubesync step passes images');
  return evaluateInputs(step, { 'secrets.KUBECONFIG': 'replaced by the test' });
}

const deployment = (name: string, image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
        - name: ${name}
          image: ${image}
          resources: {requests: {cpu: 10m}}
`;

describe("docs/images.md's release workflow for raw manifests", () => {
  it('deploys the images the manifests name from main, and the release tag on a tag push', async () => {
    const inputs = releaseInputs();
    expect(inputs.image).toBeUndefined();
    const kube = await startFake();
    kube.seed({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } });
    const github = await startGitHub();
    const workspace = makeWorkspace({
      [`${inputs.manifest}/web.yaml`]: deployment('web', 'ghcr.io/acme/web:1.0.0'),
      [`${inputs.manifest}/worker.yaml`]: deployment('worker', 'ghcr.io/acme/worker:1.0.0'),
    });
    const push = (ref: string) =>
      runActionWithGitHub(github, {
        workspace,
        eventName: 'push',
        inputs: { ...inputs, kubeconfig: kube.kubeconfig(), wait: 'false' },
        env: { GITHUB_REF: ref },
      });
    const images = () =>
      ['web', 'worker'].flatMap((name) =>
        containersOf(kube.get('apps/v1', 'Deployment', name, 'shop') as Record<string, unknown>).map(
          (container) => container.image,
        ),
      );

    const main = await push('refs/heads/main');
    expect(main.exitCode, main.stdout).toBe(0);
    expect(images()).toEqual(['ghcr.io/acme/web:1.0.0', 'ghcr.io/acme/worker:1.0.0']);

    const release = await push('refs/tags/v1.1.0');
    expect(release.exitCode, release.stdout).toBe(0);
    expect(images()).toEqual(['ghcr.io/acme/web:v1.1.0', 'ghcr.io/acme/worker:v1.1.0']);
    expect(release.summary).toContain(
      '| Deployment shop/web | `web` | `ghcr.io/acme/web:1.0.0` → `ghcr.io/acme/web:v1.1.0` |',
    );
  });

  it('a tag push of raw manifests without images still deploys them as written', async () => {
    const kube = await startFake();
    const github = await startGitHub();
    const workspace = makeWorkspace({ 'k8s/web.yaml': deployment('web', 'ghcr.io/acme/web:1.0.0') });
    const result = await runActionWithGitHub(github, {
      workspace,
      eventName: 'push',
      inputs: { manifest: 'k8s', namespace: 'default', kubeconfig: kube.kubeconfig(), wait: 'false' },
      env: { GITHUB_REF: 'refs/tags/v1.1.0' },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(JSON.stringify(kube.get('apps/v1', 'Deployment', 'web', 'default'))).toContain(
      '"image":"ghcr.io/acme/web:1.0.0"',
    );
  });

  it('an image-tag given for raw manifests without images fails, pointing to images', async () => {
    const kube = await startFake();
    const github = await startGitHub();
    const workspace = makeWorkspace({ 'k8s/web.yaml': deployment('web', 'ghcr.io/acme/web:1.0.0') });
    const result = await runActionWithGitHub(github, {
      workspace,
      eventName: 'push',
      inputs: { manifest: 'k8s', namespace: 'default', kubeconfig: kube.kubeconfig(), 'image-tag': 'v2' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('image-tag sets the tag of an Application');
    expect(result.stdout).toContain('`images: ghcr.io/acme/web`');
    expect(kube.get('apps/v1', 'Deployment', 'web', 'default')).toBeUndefined();
  });
});
