import { AppsV1Api, CoreV1Api } from '@kubernetes/client-node';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { webApp } from '../support/apps.js';
import { STACK_TRACE } from '../support/github.js';
import { closeServer, listenOnLoopback } from '../support/loopback.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
} from '../support/real-cluster.js';
import type { ActionRun } from '../support/run-dist.js';
import { runAction, runnerLog } from '../support/run-dist.js';
import { makeTempDir, makeWorkspace } from '../support/workspace.js';

const configMap = (name: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  LOG_LEVEL: info\n`;

const claim = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 1Gi}}
`;

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await closeServer(server);
});

/** A GitHub API on 127.0.0.1 that answers every request with this status. */
async function answering(status: number, message: string): Promise<string> {
  const server = createHttpServer((_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ message }));
  });
  servers.push(server);
  return `http://127.0.0.1:${await listenOnLoopback(server)}`;
}

/** A GitHub API on 127.0.0.1 whose certificate is self-signed: no client can verify it. */
async function selfSigned(): Promise<string> {
  const dir = makeTempDir('kubesync-tls-');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      'key.pem',
      '-out',
      'cert.pem',
    ],
    { cwd: dir, stdio: 'ignore' },
  );
  const server = createHttpsServer(
    {
      key: readFileSync(path.join(dir, 'key.pem')),
      cert: readFileSync(path.join(dir, 'cert.pem')),
    },
    (_request, response) => response.end('{}'),
  );
  servers.push(server);
  return `https://127.0.0.1:${await listenOnLoopback(server)}`;
}

describeOnRealCluster(
  'a push deploy goes on whatever GitHub does',
  (cluster) => {
    const namespaces: string[] = [];
    afterEach(async () => {
      for (const name of namespaces.splice(0)) await deleteNamespace(name);
    });

    async function pushWith(
      apiUrl: string,
      options: { workspace?: string; inputs?: Record<string, string>; namespace?: string } = {},
    ): Promise<{ result: ActionRun; namespace: string }> {
      const namespace = options.namespace ?? (await createNamespace());
      if (!options.namespace) namespaces.push(namespace);
      const workspace = options.workspace ?? makeWorkspace({ 'pipeops.yaml': webApp(1) });
      const result = await runAction({
        workspace,
        eventName: 'push',
        inputs: {
          kubeconfig: cluster.kubeconfig,
          namespace,
          environment: 'production',
          'github-token': 'ghs_outage_token',
          ...options.inputs,
        },
        env: { GITHUB_API_URL: apiUrl, HOME: workspace },
      });
      return { result, namespace };
    }

    /** Applied, outputs as if GitHub were fine, one warning line that says what to check, no stack. */
    async function expectDeployedWithOneWarning(push: { result: ActionRun; namespace: string }) {
      const { result, namespace } = push;
      expect(result.exitCode, result.stdout).toBe(0);
      expect(result.outputs).toMatchObject({ 'sync-status': 'Synced', valid: 'true', added: '1' });
      expect(result.outputs['plan-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
      const deployment = await kubeConfig()
        .makeApiClient(AppsV1Api)
        .readNamespacedDeployment({ name: 'web', namespace });
      expect(deployment.metadata?.name).toBe('web');
      expect(result.stdout).not.toMatch(STACK_TRACE);
      expect(result.stdout).not.toMatch(/HttpError|RequestError/);
      expect(runnerLog(result.stdout)).not.toContain('ghs_outage_token');
      const warnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning'));
      expect(warnings).toHaveLength(1);
      return warnings[0] ?? '';
    }

    it("deploys when GitHub's API host does not resolve", async () => {
      const warning = await expectDeployedWithOneWarning(await pushWith('http://kubesync-test.invalid'));
      expect(warning).toMatch(
        /^::warning::GitHub's API at http:\/\/kubesync-test\.invalid could not be reached \(.*(ENOTFOUND|EAI_AGAIN).*\): the deploy went on without the commit status kubesync\/production, .*the GitHub Deployment for production; check GITHUB_API_URL and the runner's network$/,
      );
    });

    it("deploys when GitHub's API has a self-signed certificate", async () => {
      const url = await selfSigned();
      const warning = await expectDeployedWithOneWarning(await pushWith(url));
      expect(warning).toContain(
        `::warning::GitHub's API at ${url} could not be reached: its TLS certificate was not accepted (`,
      );
      expect(warning).toMatch(
        /SELF_SIGNED.*; check GITHUB_API_URL, and for a server with its own certificate authority, NODE_EXTRA_CA_CERTS$/,
      );
    });

    it('deploys when GitHub answers 503 to everything', async () => {
      const url = await answering(503, 'Service Unavailable');
      const warning = await expectDeployedWithOneWarning(await pushWith(url));
      expect(warning).toMatch(
        new RegExp(
          `^::warning::GitHub's API at ${url} kept failing \\(503 Service Unavailable\\): the deploy went on without .*; GitHub may be having an outage: see https://www.githubstatus.com$`,
        ),
      );
    });

    it.each([
      [404, 'Not Found'],
      [403, 'Resource not accessible by integration'],
    ])('deploys when GitHub answers %i to a token without the permissions', async (status, message) => {
      const url = await answering(status, message);
      const warning = await expectDeployedWithOneWarning(await pushWith(url));
      expect(warning).toBe(
        `::warning::GitHub's API at ${url} refused the request (${status} ${message}): the deploy went on without the commit status kubesync/production, the comparison with the plan reviewed in the pull request and the GitHub Deployment for production; the github-token needs "statuses: write", "pull-requests: read" and "deployments: write": add them under permissions: in the workflow`,
      );
    });

    // The workflow set require-plan-match to demand the comparison: one that cannot be made is no match.
    it('refuses with require-plan-match when GitHub will not show the reviewed plan, and says why', async () => {
      const url = await answering(403, 'Resource not accessible by integration');
      const { result, namespace } = await pushWith(url, { inputs: { 'require-plan-match': 'true' } });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toContain(
        `::error::require-plan-match could not be checked, so nothing was applied: the reviewed plan could not be read, GitHub's API at ${url} refused the request (403 Resource not accessible by integration); the github-token needs "pull-requests: read": add it under permissions: in the workflow`,
      );
      expect(result.stdout).not.toMatch(STACK_TRACE);
      const deployments = await kubeConfig().makeApiClient(AppsV1Api).listNamespacedDeployment({ namespace });
      expect(deployments.items).toEqual([]);
    });

    it('finds no approval label when GitHub will not show the merged pull request: destructive changes are refused', async () => {
      const url = await answering(403, 'Resource not accessible by integration');
      const workspace = makeWorkspace({
        'k8s/settings.yaml': configMap('settings'),
        'k8s/claim.yaml': claim,
      });
      const inputs = { manifest: 'k8s', app: 'shop', prune: 'true', wait: 'false' };
      const first = await pushWith(url, { workspace, inputs });
      expect(first.result.exitCode, first.result.stdout).toBe(0);
      rmSync(path.join(workspace, 'k8s/claim.yaml'));
      const { result, namespace } = await pushWith(url, { workspace, inputs, namespace: first.namespace });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toContain(
        `PersistentVolumeClaim ${namespace}/data: prunes the PersistentVolumeClaim`,
      );
      expect(result.stdout).toContain('set allow-destructive: true');
      const warnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning'));
      expect(warnings).toEqual([
        expect.stringContaining(
          "the merged pull request's labels (no kubesync/allow-destructive found: destructive changes stay unapproved)",
        ),
      ]);
      expect(result.stdout).not.toMatch(STACK_TRACE);
      const data = await kubeConfig()
        .makeApiClient(CoreV1Api)
        .readNamespacedPersistentVolumeClaim({ name: 'data', namespace });
      expect(data.metadata?.name).toBe('data');
    });
  },
  { needsControllers: true },
);
