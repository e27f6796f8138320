import { describe, expect, it } from 'vitest';
import type { ClusterTarget } from '../support/cluster-target.js';
import { describeOnEachTarget, openTarget } from '../support/cluster-target.js';
import { engine } from '../support/engine.js';
import { DIST_ENTRY, runProcess } from '../support/run-dist.js';
import { makeWorkspace } from '../support/workspace.js';

const PASSWORD = 'correct-horse-battery';

const manifests = {
  'k8s/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:\${TAG}
          resources: {requests: {cpu: 100m}}
`,
  'k8s/config.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  region: \${REGION:=eu-west-1}
  namespace: \${KUBESYNC_NAMESPACE}
  app: \${KUBESYNC_APP}
  database: postgres://app:\${DB_PASSWORD}@db:5432/shop
  script: echo $\${HOME}
`,
  'vars/credentials.yaml': `apiVersion: v1
kind: Secret
metadata:
  name: credentials
data:
  DB_PASSWORD: ${Buffer.from(PASSWORD).toString('base64')}
`,
};

describe('kubesync render with substitution (the bundled CLI)', () => {
  it('substitutes --substitute and --substitute-from variables, masking values that come from a Secret', async () => {
    const cwd = makeWorkspace(manifests);
    const result = await runProcess(
      [
        DIST_ENTRY,
        'render',
        'k8s',
        '--substitute',
        'TAG=1.4.0',
        '--substitute',
        'REGION=us-east-2',
        '--substitute-from',
        'vars/credentials.yaml',
        '--app',
        'shop',
        '-n',
        'web',
      ],
      {},
      cwd,
    );
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain('image: ghcr.io/acme/web:1.4.0');
    expect(result.stdout).toContain('region: us-east-2');
    expect(result.stdout).toContain('namespace: web');
    expect(result.stdout).toContain('app: shop');
    expect(result.stdout).toContain('database: postgres://app:***@db:5432/shop');
    expect(result.stdout).toContain('script: echo ${HOME}');
    expect(result.stdout + result.stderr).not.toContain(PASSWORD);
  });

  it('fails with the undefined variable at its file and line, and prints no objects', async () => {
    const cwd = makeWorkspace(manifests);
    const result = await runProcess(
      [DIST_ENTRY, 'render', 'k8s', '--substitute-from', 'vars/credentials.yaml'],
      {},
      cwd,
    );
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'k8s/deployment.yaml:14:11: error: Deployment web: spec.template.spec.containers[0].image: ${TAG} is not defined',
    );
  });
});

describeOnEachTarget('substituted objects reach the cluster', (kind) => {
  let target: ClusterTarget;

  it('plans and applies the substituted values, and a changed variable plans an update', async () => {
    target = await openTarget(kind);
    const shop = engine(target, makeWorkspace(manifests), { 'substitute-from': 'vars/credentials.yaml' });
    const applied = await shop.apply({ substitute: 'TAG=1.4.0' });
    expect(applied.syncStatus).toBe('Synced');
    const deployment = await target.get('apps/v1', 'Deployment', 'web', target.namespace);
    expect(JSON.stringify(deployment)).toContain('"image":"ghcr.io/acme/web:1.4.0"');
    const config = await target.get('v1', 'ConfigMap', 'settings', target.namespace);
    expect(config?.data).toEqual({
      region: 'eu-west-1',
      namespace: target.namespace,
      app: 'shop',
      database: `postgres://app:${PASSWORD}@db:5432/shop`,
      script: 'echo ${HOME}',
    });

    expect((await shop.plan({ substitute: 'TAG=1.4.0' })).syncStatus).toBe('Synced');
    const next = await shop.plan({ substitute: 'TAG=1.5.0' });
    expect(
      next.plan?.changes
        .filter((change) => change.action !== 'unchanged')
        .map((change) => `${change.action} ${change.subject}`),
    ).toEqual([`update Deployment ${target.namespace}/web`]);
  });
});
