import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DIST_ENTRY, runProcess } from '../support/run-dist.js';
import { kubeconfigFile, makeWorkspace, REPO_ROOT } from '../support/workspace.js';
import { SERVICE_TOKEN, startDoppler } from '../support/doppler.js';
import { startFake } from '../support/engine.js';
import { parse, stringify } from 'yaml';
import { openTarget, type ClusterTarget } from '../support/cluster-target.js';
import { FAKE_CA } from '../fake-kube/server.js';
import { describeOnRealCluster } from '../support/real-cluster.js';

const cli = (args: string[], cwd = REPO_ROOT) => runProcess([DIST_ENTRY, ...args], {}, cwd);

describe('the kubesync CLI (the bundled dist/index.js)', () => {
  it('validate prints compiler-style findings and exits 1 on errors', async () => {
    const cwd = makeWorkspace({
      'app.yaml':
        'apiVersion: pipeops.io/v1\nkind: Application\nmetadata:\n  name: web\nspec:\n  image: web:1.0.0\n  netwrok:\n    port: 80\n',
    });
    const result = await cli(['validate', 'app.yaml'], cwd);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe(
      'app.yaml:7:3: error: unknown field "spec.netwrok": did you mean "network"? [unknown-field]\n0 objects, 1 error, 0 warnings\n',
    );
  });

  it('validate exits 0 on the example app', async () => {
    const result = await cli(['validate', 'examples/app']);
    expect(result).toMatchObject({ exitCode: 0, stdout: '4 objects, 0 errors, 0 warnings\n' });
  });

  it('render prints the Kubernetes YAML with Secret values masked unless --show-secrets', async () => {
    const cwd = makeWorkspace({
      'k8s.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: hunter2\n',
    });
    const masked = await cli(['render', 'k8s.yaml'], cwd);
    expect(masked.exitCode).toBe(0);
    expect(masked.stdout).toContain('password: "***"');
    expect(masked.stdout).not.toContain('hunter2');
    const shown = await cli(['render', 'k8s.yaml', '--show-secrets'], cwd);
    expect(shown.stdout).toContain('password: hunter2');
  });

  it('plan and apply read Doppler with $DOPPLER_TOKEN; render shows where each value comes from', async () => {
    const kube = await startFake();
    const doppler = await startDoppler();
    const cwd = makeWorkspace({
      'pipeops.yaml':
        'apiVersion: pipeops.io/v1\nkind: Application\nmetadata:\n  name: web\nspec:\n  image: web:1.0.0\n  resources: {cpu: 100m, memory: 64Mi}\n  env:\n    - {name: API_KEY, valueFrom: doppler://production/API_KEY}\n',
    });
    const rendered = await cli(['render'], cwd);
    expect(rendered.stdout).toContain('API_KEY: from doppler://production/API_KEY');
    const flags = ['--kubeconfig', kubeconfigFile(kube.kubeconfig()), '--doppler-api-url', doppler.url];
    const env = { DOPPLER_TOKEN: SERVICE_TOKEN, HOME: cwd };
    const applied = await runProcess([DIST_ENTRY, 'apply', ...flags], env, cwd);
    expect(applied.exitCode, applied.stderr).toBe(0);
    expect(kube.get('v1', 'Secret', 'web-doppler')?.data).toEqual({
      API_KEY: Buffer.from('sk_live_51HxQ9kDoppler').toString('base64'),
    });
    const planned = await runProcess([DIST_ENTRY, 'plan', ...flags], env, cwd);
    expect(planned).toMatchObject({ exitCode: 0 });
    expect(planned.stdout).toContain(': Synced');
    const withoutToken = await runProcess([DIST_ENTRY, 'apply', ...flags], { HOME: cwd }, cwd);
    expect(withoutToken.exitCode).toBe(2);
    // In a terminal, settings are named as the flags they are.
    expect(withoutToken.stderr).toContain('set --doppler-token to a Doppler service token');
    expect(withoutToken.stderr).not.toContain('doppler-token input');
  });

  it('render takes the same flags as the action inputs', async () => {
    const result = await cli([
      'render',
      'examples/overlays',
      '--environment',
      'staging',
      '--image',
      'ghcr.io/acme/checkout:3.1.0',
      '--ingress-class',
      'nginx',
    ]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('image: ghcr.io/acme/checkout:3.1.0');
    expect(result.stdout).toContain('ingressClassName: nginx');
    expect(result.stdout).toContain('host: checkout.staging.example.com');
  });

  it('--help lists every flag', async () => {
    const result = await cli(['--help']);
    expect(result.exitCode).toBe(0);
    for (const flag of ['--environment', '--image', '--manifest-type', '--allowed-kinds', '--show-secrets']) {
      expect(result.stdout).toContain(flag);
    }
  });

  it('an unknown flag or a bad value is an error with exit code 2', async () => {
    expect(await cli(['validate', '--bogus', 'x'])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('unknown flag --bogus; kubesync --help lists the flags'),
    });
    expect(await cli(['validate', 'elsewhere'])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('does not exist'),
    });
  });

  it('names the file when KUBECONFIG points nowhere, instead of a stack trace', async () => {
    const cwd = makeWorkspace({
      'k8s/config.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
    });
    const result = await runProcess([DIST_ENTRY, 'plan', 'k8s'], { KUBECONFIG: '/nonexistent/config' }, cwd);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(
      'kubesync: KUBECONFIG names /nonexistent/config, which does not exist; point it at a kubeconfig file, or unset it to use ~/.kube/config\n',
    );
    expect(result.stderr).not.toMatch(/ENOENT|\n {4}at /);
  });

  it('names the server and the context when the API server cannot be reached', async () => {
    const port = await closedPort();
    const kubeconfig = `apiVersion: v1
kind: Config
clusters: [{name: gone, cluster: {server: 'https://127.0.0.1:${port}', insecure-skip-tls-verify: true}}]
users: [{name: ci, user: {token: abcdefgh12345678}}]
contexts: [{name: staging, context: {cluster: gone, user: ci}}]
current-context: staging
`;
    const cwd = makeWorkspace({
      'k8s/config.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
    });
    const result = await cli(['plan', 'k8s', '--kubeconfig', kubeconfigFile(kubeconfig)], cwd);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(
      `kubesync: cannot reach the API server https://127.0.0.1:${port} (kubeconfig context "staging"): connect ECONNREFUSED 127.0.0.1:${port}; check that the cluster is running`,
    );
    expect(result.stderr).not.toContain('TypeError');
    expect(result.stderr).not.toContain('abcdefgh12345678');
  });
});

describeOnRealCluster('the kubesync CLI on the real control plane', () => {
  const configMapApp = () =>
    makeWorkspace({
      'k8s/config.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {k: v}\n',
    });

  /** The real cluster's kubeconfig with its cluster entry changed, and the CA it named. */
  function kubeconfigWith(target: ClusterTarget, change: (cluster: Record<string, string>) => void) {
    const config = parse(target.kubeconfig) as { clusters: { cluster: Record<string, string> }[] };
    const cluster = config.clusters[0]?.cluster ?? {};
    const ca = Buffer.from(cluster['certificate-authority-data'] ?? '', 'base64').toString('utf8');
    change(cluster);
    return { file: kubeconfigFile(stringify(config)), ca };
  }

  // A cluster whose certificate the system trusts (a public CA): the kubeconfig names no CA, so the
  // requests go through Node's own pool rather than one built from the kubeconfig's TLS settings.
  it('plans against a server the system trusts, with no certificate-authority in the kubeconfig', async () => {
    const target = await openTarget('real');
    const { file, ca } = kubeconfigWith(target, (cluster) => delete cluster['certificate-authority-data']);
    const result = await runProcess(
      [DIST_ENTRY, 'plan', 'k8s', '-n', target.namespace, '--kubeconfig', file],
      { NODE_EXTRA_CA_CERTS: kubeconfigFile(ca) },
      configMapApp(),
    );
    expect(result.exitCode, result.stderr).toBe(1);
    expect(result.stdout).toContain(`+ ConfigMap ${target.namespace}/a (create)`);
  });

  it('says the certificate does not verify, without a stack trace, when the kubeconfig names another CA', async () => {
    const target = await openTarget('real');
    const { file } = kubeconfigWith(target, (cluster) => {
      cluster['certificate-authority-data'] = Buffer.from(FAKE_CA).toString('base64');
    });
    const result = await runProcess(
      [DIST_ENTRY, 'plan', 'k8s', '-n', target.namespace, '--kubeconfig', file],
      {},
      configMapApp(),
    );
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/kubesync: cannot reach the API server https:\/\/127\.0\.0\.1:\d+/);
    expect(result.stderr).toContain("check that the kubeconfig's certificate-authority is the cluster's");
    expect(result.stderr).not.toMatch(/internal error|\n {4}at /);
  });
});

/** A port nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
