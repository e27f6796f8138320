import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import type { ClusterTarget } from '../support/cluster-target.js';
import { describeOnEachTarget, openTarget } from '../support/cluster-target.js';
import { DIST_ENTRY, runProcess } from '../support/run-dist.js';
import { deleteNamespace, describeOnRealCluster, uniqueNamespaceName } from '../support/real-cluster.js';
import { useRealTools } from '../support/tools.js';
import { kubeconfigFile, makeWorkspace } from '../support/workspace.js';

const SECRET_VALUE = 'sup3r-s3cret-value';
const ANSI = '\u001b[';

/** A ConfigMap and a Secret, neither with a namespace. */
const MANIFESTS = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  greeting: hello
---
apiVersion: v1
kind: Secret
metadata:
  name: db
stringData:
  password: ${SECRET_VALUE}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: settings-reader
rules: []
`;

const cli = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  runProcess([DIST_ENTRY, ...args], { HOME: cwd, ...env }, cwd);

describe('kubesync -o json, render for kubectl (the bundled dist/index.js)', () => {
  it('validate -o json prints one JSON document, the findings in text on stderr, and exits 1 on errors', async () => {
    const cwd = makeWorkspace({
      'app.yaml':
        'apiVersion: pipeops.io/v1\nkind: Application\nmetadata:\n  name: web\nspec:\n  image: web:1.0.0\n  netwrok:\n    port: 80\n',
    });
    const result = await cli(['validate', 'app.yaml', '-o', 'json'], cwd);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      valid: false,
      counts: { objects: 0, files: 1, errors: 1, warnings: 0 },
      findings: [
        {
          file: 'app.yaml',
          line: 7,
          column: 3,
          rule: 'unknown-field',
          severity: 'error',
          message: 'unknown field "spec.netwrok": did you mean "network"?',
        },
      ],
    });
    expect(result.stderr).toBe(
      'app.yaml:7:3: error: unknown field "spec.netwrok": did you mean "network"? [unknown-field]\n',
    );
    const valid = await cli(
      ['validate', 'k8s.yaml', '--output', 'json'],
      makeWorkspace({ 'k8s.yaml': MANIFESTS }),
    );
    expect(valid.exitCode).toBe(0);
    expect(JSON.parse(valid.stdout)).toMatchObject({ valid: true, counts: { objects: 3, errors: 0 } });
  });

  it('render -n shop gives namespaced objects the namespace, and notes that masked Secrets need --show-secrets', async () => {
    const cwd = makeWorkspace({ 'k8s.yaml': MANIFESTS });
    const result = await cli(['render', 'k8s.yaml', '-n', 'shop'], cwd);
    expect(result.exitCode).toBe(0);
    const objects = parseAllDocuments(result.stdout).map((document) => document.toJS() as KubeLike);
    expect(objects.map(({ kind, metadata }) => [kind, metadata.namespace])).toEqual([
      ['ConfigMap', 'shop'],
      ['Secret', 'shop'],
      ['ClusterRole', undefined],
    ]);
    expect(result.stdout).not.toContain(SECRET_VALUE);
    expect(result.stderr).toBe(
      'note: the values of Secret shop/db are masked as "***"; give --show-secrets to pipe them to kubectl apply -f -\n',
    );

    const json = await cli(['render', 'k8s.yaml', '-n', 'shop', '-o', 'json'], cwd);
    expect(json.exitCode).toBe(0);
    const document = JSON.parse(json.stdout) as { objects: KubeLike[]; valid: boolean };
    expect(document.valid).toBe(true);
    expect(document.objects[1]).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db', namespace: 'shop' },
      stringData: { password: '***' },
    });

    const shown = await cli(['render', 'k8s.yaml', '-n', 'shop', '-o', 'json', '--show-secrets'], cwd);
    const values = JSON.parse(shown.stdout) as { objects: KubeLike[] };
    expect(values.objects[1]?.stringData).toEqual({ password: SECRET_VALUE });
    expect(shown.stderr).toBe('');
  });

  it('plan -o json without credentials says why the status is Unknown, and exits 3, not 0 (in sync)', async () => {
    const cwd = makeWorkspace({ 'k8s.yaml': MANIFESTS });
    const result = await cli(['plan', 'k8s.yaml', '-o', 'json'], cwd);
    expect(result.exitCode, result.stderr).toBe(3);
    expect(JSON.parse(result.stdout)).toMatchObject({
      syncStatus: 'Unknown',
      reason: expect.stringContaining('no cluster credentials'),
      counts: null,
      digest: null,
      changes: [],
    });
    const asYaml = await cli(['diff', '-f', 'k8s.yaml', '-o', 'yaml'], cwd);
    expect(asYaml.exitCode, asYaml.stderr).toBe(3);
    expect(parseYaml(asYaml.stdout)).toEqual(JSON.parse(result.stdout));
  });
});

describeOnRealCluster('kubesync render piped to kubectl apply -f -', () => {
  const tools = useRealTools();
  it.skipIf(!tools.available)(
    `puts the objects where kubesync apply would, Secret values included with --show-secrets${tools.available ? '' : ` (skipped: ${tools.reason})`}`,
    async () => {
      const target = await openTarget('real');
      const ns = target.namespace;
      const cwd = makeWorkspace({ 'k8s.yaml': MANIFESTS.split('---\n').slice(0, 2).join('---\n') });
      const rendered = await cli(['render', 'k8s.yaml', '-n', ns, '--show-secrets'], cwd);
      expect(rendered.exitCode, rendered.stderr).toBe(0);
      // kubectl's own context namespace is default: only what render wrote puts the objects in ns.
      const applied = spawnSync(
        'kubectl',
        ['apply', '-f', '-', '--kubeconfig', kubeconfigFile(target.kubeconfig)],
        {
          input: rendered.stdout,
          encoding: 'utf8',
        },
      );
      expect(applied.status, applied.stderr).toBe(0);
      expect(await target.get('v1', 'ConfigMap', 'settings', ns)).toMatchObject({
        data: { greeting: 'hello' },
      });
      const secret = await target.get('v1', 'Secret', 'db', ns);
      expect(secret?.data).toEqual({ password: Buffer.from(SECRET_VALUE).toString('base64') });
    },
  );
});

interface KubeLike {
  kind: string;
  metadata: { name: string; namespace?: string };
  stringData?: Record<string, string>;
}

interface PlanDocument {
  app: string;
  server: string | null;
  syncStatus: string;
  counts: Record<string, number> | null;
  digest: string | null;
  changes: { subject: string; action: string; ref: Record<string, string>; diff: string }[];
  findings: unknown[];
}

describeOnEachTarget('kubesync plan -o json and the coloured diff', (kind) => {
  let target: ClusterTarget;

  async function planIn(args: string[], env: NodeJS.ProcessEnv = {}) {
    const cwd = makeWorkspace({ 'k8s.yaml': MANIFESTS });
    const flags = ['--kubeconfig', kubeconfigFile(target.kubeconfig), '-n', target.namespace];
    return { cwd, result: await cli(['plan', 'k8s.yaml', ...flags, ...args], cwd, env) };
  }

  it('prints each finding once: a missing Secret a workload reads is one warning, not one per stage', async () => {
    target = await openTarget(kind);
    const cwd = makeWorkspace({
      'k8s.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:1.0.0
          env:
            - name: DB_PASSWORD
              valueFrom: {secretKeyRef: {name: db, key: password}}
`,
    });
    const flags = ['--kubeconfig', kubeconfigFile(target.kubeconfig), '-n', target.namespace];
    const result = await cli(['plan', 'k8s.yaml', ...flags], cwd);
    expect(result.exitCode, result.stderr).toBe(1);
    const warning = `reads Secret ${target.namespace}/db, which is neither in the cluster nor in these manifests`;
    expect(result.stderr.split(warning)).toHaveLength(2);
  });

  it('plan -o json gives the app, server, status, counts, digest and each change, no Secret value', async () => {
    target = await openTarget(kind);
    const ns = target.namespace;
    const { result } = await planIn(['-o', 'json']);
    expect(result.exitCode, result.stderr).toBe(1);
    const plan = JSON.parse(result.stdout) as PlanDocument;
    expect(plan).toMatchObject({
      app: expect.any(String),
      server: new URL(serverOf(target.kubeconfig)).host,
      syncStatus: 'OutOfSync',
      counts: { create: 3, update: 0, delete: 0, unchanged: 0, orphan: 0 },
      digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      findings: expect.any(Array),
    });
    expect(plan.changes.map(({ subject, action }) => `${action} ${subject}`).sort()).toEqual([
      'create ClusterRole settings-reader',
      `create ConfigMap ${ns}/settings`,
      `create Secret ${ns}/db`,
    ]);
    const secret = plan.changes.find(({ ref }) => ref.kind === 'Secret');
    expect(secret?.ref).toEqual({ apiVersion: 'v1', kind: 'Secret', namespace: ns, name: 'db' });
    expect(secret?.diff).toContain(`+++ desired/Secret ${ns}/db`);
    expect(secret?.diff).toContain('+  password: "***"');
    expect(result.stdout).not.toContain(SECRET_VALUE);
    expect(result.stdout).not.toContain(ANSI);
  });

  it('colours the diff with --color or FORCE_COLOR, and not when piped, with --no-color or NO_COLOR', async () => {
    target = await openTarget(kind);
    const piped = await planIn([]);
    expect(piped.result.exitCode, piped.result.stderr).toBe(1);
    expect(piped.result.stdout).toContain(`+++ desired/ConfigMap ${target.namespace}/settings`);
    expect(piped.result.stdout).not.toContain(ANSI);

    const forced = await planIn(['--color'], { NO_COLOR: '1' });
    expect(forced.result.exitCode).toBe(1);
    expect(forced.result.stdout).toContain(`${ANSI}1m+++ desired/ConfigMap ${target.namespace}/settings`);
    expect(forced.result.stdout).toContain(`${ANSI}36m@@ -0,0 +1,`);
    expect(forced.result.stdout).toContain(`${ANSI}32m+  greeting: hello${ANSI}39m`);
    // The one-line summary of each object is not part of the diff.
    expect(forced.result.stdout).toContain(`\n+ ConfigMap ${target.namespace}/settings (create)`);

    expect((await planIn([], { FORCE_COLOR: '1' })).result.stdout).toContain(`${ANSI}32m+`);
    expect((await planIn(['--no-color'], { FORCE_COLOR: '1' })).result.stdout).not.toContain(ANSI);
    expect((await planIn([], { FORCE_COLOR: '1', NO_COLOR: '1' })).result.stdout).not.toContain(ANSI);
  });

  const hasScript = existsSync('/usr/bin/script');
  it.skipIf(!hasScript)(
    'colours the diff on a terminal unless NO_COLOR is set (run under script(1))',
    async () => {
      target = await openTarget(kind);
      const cwd = makeWorkspace({ 'k8s.yaml': MANIFESTS });
      const command = [
        process.execPath,
        DIST_ENTRY,
        'plan',
        'k8s.yaml',
        '--kubeconfig',
        kubeconfigFile(target.kubeconfig),
        '-n',
        target.namespace,
      ]
        .map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`)
        .join(' ');
      const onTerminal = (env: NodeJS.ProcessEnv) =>
        promisify(execFile)('/usr/bin/script', ['-qec', command, '/dev/null'], {
          cwd,
          env: { PATH: process.env.PATH, HOME: cwd, TERM: 'xterm', ...env },
        }).catch((error: { stdout?: string; code?: number }) => {
          // The plan exits 1 with changes; script passes that on.
          if (error.code !== 1 || error.stdout === undefined) throw error;
          return { stdout: error.stdout };
        });
      const coloured = await onTerminal({});
      expect(coloured.stdout).toContain(`${ANSI}32m+  greeting: hello`);
      const plain = await onTerminal({ NO_COLOR: '1' });
      expect(plain.stdout).toContain('+  greeting: hello');
      expect(plain.stdout).not.toContain(`${ANSI}32m`);
    },
  );
});

function serverOf(kubeconfig: string): string {
  const config = parseYaml(kubeconfig) as { clusters: { cluster: { server: string } }[] };
  return config.clusters[0]?.cluster.server ?? '';
}

describeOnRealCluster('kubesync apply in a terminal', (cluster) => {
  it('says what it applied, one line per object as kubectl apply does, without the diffs plan showed', async () => {
    const namespace = uniqueNamespaceName('ks-apply');
    const cwd = makeWorkspace({
      'k8s/web.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web}\ndata: {a: b}\n',
    });
    const flags = ['--kubeconfig', kubeconfigFile(cluster.kubeconfig), '-n', namespace, '--create-namespace'];
    try {
      const applied = await cli(['apply', 'k8s', ...flags], cwd);
      expect(applied.exitCode, applied.stderr).toBe(0);
      expect(applied.stdout).toContain(`+ ConfigMap ${namespace}/web (create)`);
      expect(applied.stdout).not.toContain('+++ desired/');
      expect(applied.stdout).toMatch(/: Synced\n$/);
    } finally {
      await deleteNamespace(namespace);
    }
  });
});

describeOnRealCluster('a refused apply with --create-namespace', (cluster) => {
  it('says which namespace it created first and why, beside "nothing was applied"', async () => {
    const namespace = uniqueNamespaceName('ks-refused');
    const cwd = makeWorkspace({
      'k8s/web.yaml': `apiVersion: v1
kind: ConfigMap
metadata: {name: web, labels: {"not a label": x}}
data: {a: b}
`,
    });
    try {
      const result = await cli(
        [
          'apply',
          'k8s',
          '--kubeconfig',
          kubeconfigFile(cluster.kubeconfig),
          '-n',
          namespace,
          '--create-namespace',
        ],
        cwd,
      );
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain('nothing was applied');
      expect(result.stderr).toContain(
        `warning: Namespace ${namespace} was created before the plan (create-namespace), to hold the lock and the app's record; the failed apply leaves it in place`,
      );
    } finally {
      await deleteNamespace(namespace);
    }
  });
});
