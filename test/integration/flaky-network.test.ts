import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, expect, it } from 'vitest';
import type { FaultProxy } from '../support/fault-proxy.js';
import { startFaultProxy } from '../support/fault-proxy.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
} from '../support/real-cluster.js';
import { runActionWithGitHub, startGitHub } from '../support/github.js';
import { DIST_ENTRY, runProcess } from '../support/run-dist.js';
import { makeWorkspace } from '../support/workspace.js';
import { KubernetesObjectApi } from '@kubernetes/client-node';

const configMaps = (count: number) =>
  Array.from(
    { length: count },
    (_, index) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-${index}\ndata:\n  index: "${index}"\n`,
  ).join('---\n');

const slowDeployment = (seconds: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata:
      labels: {app: web}
      annotations: {fake-kubelet.lab/ready-after-seconds: "${seconds}"}
    spec:
      containers: [{name: web, image: 'ghcr.io/acme/web:1.0.0', resources: {requests: {cpu: 10m}}}]
`;

/** A run of the bundled CLI that a test can signal while it works. */
function startCli(args: string[], env: NodeJS.ProcessEnv, cwd: string) {
  let child: ChildProcessWithoutNullStreams | undefined;
  let output = '';
  const exited = runProcess([DIST_ENTRY, ...args], env, cwd, (started) => {
    child = started;
    started.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    started.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  }).then((result) => result.exitCode);
  return { kill: (signal: NodeJS.Signals) => child?.kill(signal), output: () => output, exited };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, boundMs = 60_000) {
  const deadline = Date.now() + boundMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await sleep(50);
  }
}

/** What a crash used to print: Node's complaint and megabytes of minified bundle. */
function expectCleanEnd(output: string) {
  expect(output).not.toContain('unsettled top-level await');
  expect(output.length).toBeLessThan(200_000);
}

describeOnRealCluster(
  'a flaky network and cancelled jobs, on the real control plane',
  (cluster) => {
    let proxy: FaultProxy | undefined;
    let namespace = '';
    afterEach(async () => {
      await proxy?.close();
      proxy = undefined;
      await deleteNamespace(namespace);
    });

    async function setUp(files: Record<string, string>) {
      namespace = await createNamespace();
      proxy = await startFaultProxy({ target: kubeConfig().getCurrentCluster()?.server ?? '' });
      const workspace = makeWorkspace(files);
      const kubeconfig = path.join(workspace, '.kubeconfig');
      writeFileSync(kubeconfig, proxy.kubeconfigFor(cluster.kubeconfig));
      const env = { KUBECONFIG: kubeconfig, HOME: workspace };
      const flags = ['k8s', '--namespace', namespace, '--app', 'shop'];
      return { workspace, env, flags, proxy };
    }

    it('an apply of 120 objects through 3 % connection resets ends cleanly and converges within two runs', async () => {
      const { workspace, env, flags, proxy: faults } = await setUp({ 'k8s/settings.yaml': configMaps(120) });
      faults.setOptions({ resetRate: 0.03, seed: 3 });
      const runs = [];
      for (let attempt = 0; attempt < 2; attempt++) {
        const result = await runProcess(
          [DIST_ENTRY, 'apply', ...flags, '--timeout', '60s', '--request-timeout', '5s'],
          env,
          workspace,
        );
        runs.push(result);
        expect([0, 2]).toContain(result.exitCode);
        expectCleanEnd(result.stdout + result.stderr);
        if (result.exitCode === 0) break;
      }
      expect(runs.at(-1)?.exitCode).toBe(0);
      expect(faults.counters.resetsInjected).toBeGreaterThan(0);
      faults.setOptions({ resetRate: 0 });
      const plan = await runProcess([DIST_ENTRY, 'plan', ...flags], env, workspace);
      expect(plan.exitCode).toBe(0);
    });

    it('a stalled response hits the request deadline and is retried on a new connection', async () => {
      const { workspace, env, flags, proxy: faults } = await setUp({ 'k8s/settings.yaml': configMaps(3) });
      faults.stall({ connections: 1 });
      const result = await runProcess(
        [DIST_ENTRY, 'plan', ...flags, '--request-timeout', '2s'],
        env,
        workspace,
      );
      expect(result.exitCode).toBe(1);
      expect(result.stderr + result.stdout).toMatch(
        /retrying: GET \S+: .*no complete answer within 2000 ms; retrying in \d+ ms/,
      );
      expect(faults.counters.stallsInjected).toBe(1);
    });

    it('Ctrl-C ends a plan at once: it holds nothing to clean up', async () => {
      const { workspace, env, flags, proxy: faults } = await setUp({ 'k8s/settings.yaml': configMaps(3) });
      faults.stall();
      const run = startCli(['plan', ...flags], env, workspace);
      await until(() => faults.counters.stallsInjected > 0, 'the plan to wait on the stalled server');
      run.kill('SIGINT');
      expect(await run.exited).toBe(130);
    });

    it('SIGTERM during an apply releases the lock and says the run was cancelled', async () => {
      const { workspace, env, flags } = await setUp({ 'k8s/web.yaml': slowDeployment(60) });
      const run = startCli(['apply', ...flags, '--timeout', '5m'], env, workspace);
      await until(() => run.output().includes('deployment/web: '), 'the apply to start waiting');
      run.kill('SIGTERM');
      expect(await run.exited).toBe(2);
      expect(run.output()).toContain('cancelled (SIGTERM)');
      expectCleanEnd(run.output());
      const objects = KubernetesObjectApi.makeApiClient(kubeConfig());
      await expect(
        objects.read({
          apiVersion: 'coordination.k8s.io/v1',
          kind: 'Lease',
          metadata: { name: 'kubesync-shop', namespace },
        }),
      ).rejects.toMatchObject({ code: 404 });
    });

    it('a cancelled workflow (SIGTERM) ends the action with failure records that say cancelled, and frees the lock', async () => {
      namespace = await createNamespace();
      const github = await startGitHub();
      const workspace = makeWorkspace({ 'k8s/web.yaml': slowDeployment(60) });
      let output = '';
      const run = runActionWithGitHub(github, {
        workspace,
        inputs: { command: 'apply', manifest: 'k8s', app: 'shop', namespace, kubeconfig: cluster.kubeconfig },
        onSpawn: (child) => {
          child.stdout.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            if (output.includes('deployment/web: ') && !child.killed) child.kill('SIGTERM');
          });
        },
      });
      const result = await run;
      expect(result.exitCode).toBe(1);
      expect(result.outputs['sync-status']).toBe('Failed');
      expect(github.statuses.at(-1)).toMatchObject({
        state: 'failure',
        description: expect.stringContaining('cancelled (SIGTERM)'),
      });
      expect(github.deploymentStatuses.at(-1)?.body).toMatchObject({ state: 'failure' });
      expect(result.summary).toContain('cancelled (SIGTERM)');
      const objects = KubernetesObjectApi.makeApiClient(kubeConfig());
      await expect(
        objects.read({
          apiVersion: 'coordination.k8s.io/v1',
          kind: 'Lease',
          metadata: { name: 'kubesync-shop', namespace },
        }),
      ).rejects.toMatchObject({ code: 404 });
    });

    it('after a SIGKILL mid-apply, the next run takes over the lock once its lease runs out, and completes', async () => {
      const { workspace, env, flags } = await setUp({ 'k8s/web.yaml': slowDeployment(60) });
      const killed = startCli(['apply', ...flags, '--timeout', '5m'], env, workspace);
      await until(() => killed.output().includes('deployment/web: '), 'the apply to start waiting');
      killed.kill('SIGKILL');
      await killed.exited;
      writeFileSync(path.join(workspace, 'k8s/web.yaml'), slowDeployment(0));
      const next = await runProcess(
        [DIST_ENTRY, 'apply', ...flags, '--timeout', '2m', '--lock-timeout', '2m'],
        env,
        workspace,
      );
      expect(next.exitCode).toBe(0);
      expect(next.stdout + next.stderr).toMatch(/took over the lock from \S+ #[0-9a-f]{8}: /);
    });
  },
  { needsControllers: true },
);
