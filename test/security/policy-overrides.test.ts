import { existsSync } from 'node:fs';
import path from 'node:path';
import { CoreV1Api, RbacAuthorizationV1Api } from '@kubernetes/client-node';
import { afterEach, describe, expect, it } from 'vitest';
import { selectApps } from '../../src/app/apps/app-list.js';
import { INPUT_DEFINITIONS } from '../../src/settings/inputs.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
} from '../support/real-cluster.js';
import { runActionInProcess } from '../support/run-in-process.js';
import { makeTempDir, makeWorkspace } from '../support/workspace.js';

/** A kubesync.yaml of one app whose entry sets the given inputs. */
function appsFile(inputs: string, environment = ''): string {
  return `apps:
  - name: web
    manifest: k8s
    inputs:
${inputs}
${environment}`;
}

const STEP = { manifest: 'kubesync.yaml', environment: 'production' };

/** What the step's selection says of the file, or the error it refuses it with. */
function attempt(file: string, step: Record<string, string> = STEP): string {
  try {
    selectApps(step, makeWorkspace({ 'kubesync.yaml': file }), {});
    return 'accepted';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('a repository cannot set what only the workflow may', () => {
  // Each of these widened what a workflow allowed, read a credential or ran a command of the
  // repository's choosing, when kubesync.yaml could set it.
  it.each([
    ['kubeconfig', 'kubeconfig: "apiVersion: v1\\nusers: [{name: x, user: {exec: {command: sh}}}]"'],
    ['context', 'context: production-admin'],
    ['doppler-api-url', 'doppler-api-url: https://attacker.example'],
    ['doppler-token', 'doppler-token: dp.st.x'],
    ['doppler-project', 'doppler-project: payments'],
    ['github-token', 'github-token: ghp_x'],
    ['allow-destructive', 'allow-destructive: true'],
    ['allow-missing-secrets', 'allow-missing-secrets: true'],
    ['require-plan-match', 'require-plan-match: false'],
    ['force-conflicts', 'force-conflicts: true'],
    ['force-replace', 'force-replace: true'],
    ['create-namespace', 'create-namespace: true'],
    ['allow-older', 'allow-older: true'],
    ['allow-remote-sources', 'allow-remote-sources: true'],
    ['status-context', 'status-context: kubesync/staging'],
    ['destructive-approval-label', 'destructive-approval-label: lgtm'],
    ['canary-prometheus-url', 'canary-prometheus-url: https://attacker.example'],
    ['self-heal', 'self-heal: true'],
    ['build', 'build: true'],
    ['environment', 'environment: staging'],
  ])('refuses %s in kubesync.yaml on its line', (name, line) => {
    expect(attempt(appsFile(`      ${line}`))).toContain(
      `kubesync.yaml:5:7: apps[0].inputs.${name}: is a policy input, which only the workflow sets`,
    );
  });

  it('refuses the same in an environment of an app', () => {
    const file = appsFile(
      '      image-tag: "1"',
      '    environments:\n      production:\n        inputs:\n          allow-destructive: true\n',
    );
    expect(attempt(file)).toContain(
      'kubesync.yaml:9:11: apps[0].environments.production.inputs.allow-destructive: is a policy input',
    );
  });

  it('lets a repository narrow a guardrail, never widen or clear it', () => {
    const narrowed = appsFile('      allowed-kinds: [ConfigMap]\n      policy-resources: error');
    expect(attempt(narrowed)).toBe('accepted');
    expect(attempt(narrowed, { ...STEP, 'allowed-kinds': 'ConfigMap, Deployment' })).toBe('accepted');

    expect(
      attempt(appsFile('      allowed-kinds: [ConfigMap, ClusterRoleBinding]'), {
        ...STEP,
        'allowed-kinds': 'ConfigMap, Deployment',
      }),
    ).toContain(
      "apps[0].inputs.allowed-kinds: allows ClusterRoleBinding, which the workflow's allowed-kinds (ConfigMap, Deployment) does not; a repository file may only narrow a guardrail",
    );
    expect(
      attempt(appsFile('      allowed-namespaces: ""'), { ...STEP, 'allowed-namespaces': 'shop' }),
    ).toContain('apps[0].inputs.allowed-namespaces: is empty, which allows everything');
    expect(
      attempt(appsFile('      policy-pinned-images: "off"'), { ...STEP, 'policy-pinned-images': 'error' }),
    ).toContain(
      "apps[0].inputs.policy-pinned-images: is off, weaker than the workflow's error; a repository file may only make policy-pinned-images stricter",
    );
    expect(attempt(appsFile('      policy-resources: off'))).toContain(
      'apps[0].inputs.policy-resources: is false, not a level: quote it ("off")',
    );
  });

  it('states who may set each input in the inputs table, and lets no policy input through', () => {
    const open = INPUT_DEFINITIONS.filter(
      ({ definition }) =>
        definition.trust === 'content' && /^(allow|require|force)-|url$|token$/.test(definition.name),
    ).map(({ definition }) => definition.name);
    expect(open).toEqual([]);
    const narrowing = INPUT_DEFINITIONS.filter(({ definition }) => definition.narrows).map(
      ({ definition }) => `${definition.name} ${definition.trust}`,
    );
    expect(narrowing).toEqual([
      'allowed-namespaces policy',
      'allowed-kinds policy',
      'policy-pinned-images policy',
      'policy-resources policy',
    ]);
  });
});

const CONFIG_MAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: shop
`;

const CLUSTER_ROLE_BINDING = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: attacker-is-admin
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects: [{ kind: User, name: attacker, apiGroup: rbac.authorization.k8s.io }]
`;

const namespaces: string[] = [];
afterEach(async () => {
  for (const name of namespaces.splice(0)) await deleteNamespace(name);
});

describeOnRealCluster('a hostile kubesync.yaml against the bundled action', (cluster) => {
  const kubeconfig = () => Buffer.from(cluster.kubeconfig).toString('base64');

  async function configMapsIn(namespace: string): Promise<string[]> {
    const list = await kubeConfig().makeApiClient(CoreV1Api).listNamespacedConfigMap({ namespace });
    return list.items.map((item) => item.metadata?.name ?? '').filter((name) => name === 'settings');
  }

  it('cannot run a kubeconfig exec plugin of its own: nothing runs, nothing is applied', async () => {
    const namespace = await createNamespace();
    namespaces.push(namespace);
    const witness = path.join(makeTempDir(), 'exec-plugin-ran');
    const hostile = JSON.stringify(
      `apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]\ncontexts: [{name: c, context: {cluster: c, user: u}}]\ncurrent-context: c\nusers: [{name: u, user: {exec: {apiVersion: client.authentication.k8s.io/v1, command: sh, args: ["-c", "env > ${witness}"]}}}]\n`,
    );
    const workspace = makeWorkspace({
      'kubesync.yaml': appsFile(`      kubeconfig: ${hostile}`),
      'k8s/settings.yaml': CONFIG_MAP,
    });
    const run = await runActionInProcess({
      workspace,
      inputs: { manifest: 'kubesync.yaml', kubeconfig: kubeconfig(), namespace },
      eventName: 'push',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('apps[0].inputs.kubeconfig: is a policy input');
    expect(existsSync(witness)).toBe(false);
    expect(await configMapsIn(namespace)).toEqual([]);
  });

  it('cannot clear the workflow’s allowed-kinds to apply a ClusterRoleBinding', async () => {
    const namespace = await createNamespace();
    namespaces.push(namespace);
    const workspace = makeWorkspace({
      'kubesync.yaml': appsFile('      allowed-kinds: ""'),
      'k8s/settings.yaml': CONFIG_MAP,
      'k8s/admin.yaml': CLUSTER_ROLE_BINDING,
    });
    const run = await runActionInProcess({
      workspace,
      inputs: {
        manifest: 'kubesync.yaml',
        kubeconfig: kubeconfig(),
        namespace,
        'allowed-kinds': 'ConfigMap',
      },
      eventName: 'push',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('apps[0].inputs.allowed-kinds: is empty, which allows everything');
    const bindings = await kubeConfig().makeApiClient(RbacAuthorizationV1Api).listClusterRoleBinding();
    expect(bindings.items.map((item) => item.metadata?.name)).not.toContain('attacker-is-admin');
    expect(await configMapsIn(namespace)).toEqual([]);
  });

  it('narrows the guardrails for its app: a kind it no longer allows is refused', async () => {
    const namespace = await createNamespace();
    namespaces.push(namespace);
    const workspace = makeWorkspace({
      'kubesync.yaml': appsFile('      allowed-kinds: [Secret]'),
      'k8s/settings.yaml': CONFIG_MAP,
    });
    const run = await runActionInProcess({
      workspace,
      inputs: { manifest: 'kubesync.yaml', kubeconfig: kubeconfig(), namespace },
      eventName: 'push',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/k8s\/settings\.yaml.*ConfigMap/);
    expect(await configMapsIn(namespace)).toEqual([]);
  });

  it('never turns a one-app workflow into the apps of a kubesync.yaml that appeared at the root', async () => {
    const namespace = await createNamespace();
    const elsewhere = await createNamespace();
    namespaces.push(namespace, elsewhere);
    const workspace = makeWorkspace({
      'kubesync.yaml': `apps:\n  - name: takeover\n    manifest: k8s\n    environments:\n      production:\n        namespace: ${elsewhere}\n`,
      'k8s/settings.yaml': CONFIG_MAP,
      'pipeops.yaml': CONFIG_MAP,
    });
    const run = await runActionInProcess({
      workspace,
      inputs: {
        kubeconfig: kubeconfig(),
        namespace,
        environment: 'production',
        'manifest-type': 'kubernetes',
      },
      eventName: 'push',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(await configMapsIn(namespace)).toEqual(['settings']);
    expect(await configMapsIn(elsewhere)).toEqual([]);
  });
});
