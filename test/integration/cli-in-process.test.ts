import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { SecretValues } from '../../src/secrets/redact.js';
import { webApp } from '../support/apps.js';
import { createNamespace, describeOnRealCluster } from '../support/real-cluster.js';
import { kubeconfigFile, makeWorkspace } from '../support/workspace.js';

/** The CLI's entry function in this process, its stdout and stderr kept: the CLI layer without the bundle. */
async function cli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const capture = (into: string[]) =>
    ((chunk: string | Uint8Array) => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof process.stdout.write;
  const stdout = process.stdout.write.bind(process.stdout);
  const stderr = process.stderr.write.bind(process.stderr);
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  try {
    const exitCode = await runCli(argv, {
      cwd,
      env: { PATH: process.env.PATH, HOME: cwd, ...env },
      secrets: new SecretValues(),
      writeUnredacted: (text) => out.push(text),
      cancellation: { signal: new AbortController().signal, withCleanup: (work) => work() },
    });
    return { exitCode, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
  }
}

describe('the CLI layer, in this process', () => {
  it('validate names the line of a typo and exits 1', async () => {
    const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1).replace('replicas:', 'replica:') });
    const result = await cli(['validate'], workspace);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('pipeops.yaml:8:5');
  });

  it('plan without credentials exits 3: nothing was compared', async () => {
    const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1) });
    const result = await cli(['plan'], workspace);
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain('web: Unknown: no cluster credentials');
  });
});

describeOnRealCluster(
  'the CLI layer, in this process, on the real control plane',
  (cluster) => {
    it('plans (exit 1), applies (one line per object), then plans in sync (exit 0)', async () => {
      const namespace = await createNamespace();
      const workspace = makeWorkspace({ 'pipeops.yaml': webApp(1) });
      const env = { KUBECONFIG: kubeconfigFile(cluster.kubeconfig) };
      const plan = await cli(['plan', '-n', namespace], workspace, env);
      expect(plan.exitCode).toBe(1);
      expect(plan.stdout).toContain(`+++ desired/Deployment ${namespace}/web`);
      const apply = await cli(['apply', '-n', namespace], workspace, env);
      expect(apply.exitCode).toBe(0);
      expect(apply.stdout).toContain(`Deployment ${namespace}/web`);
      expect(apply.stdout).toContain('web: Synced');
      const again = await cli(['plan', '-n', namespace], workspace, env);
      expect(again.exitCode).toBe(0);
    });
  },
  { needsControllers: true },
);
