import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { webApp } from '../support/apps.js';
import { pullRequestEvent, runActionWithGitHub, startGitHub } from '../support/github.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
} from '../support/real-cluster.js';
import { makeWorkspace } from '../support/workspace.js';
import { AppsV1Api } from '@kubernetes/client-node';
import { afterEach } from 'vitest';

const HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface';

/** A plain Deployment named `api`; replicas -1 is refused by the API server, not by validation. */
function apiDeployment(replicas: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: ${replicas}
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:2.0.0
          resources:
            requests: { cpu: 50m, memory: 64Mi }
            limits: { cpu: 50m, memory: 64Mi }
`;
}

function config(webNamespace: string, apiNamespace: string): string {
  return `# the shop's apps
apps:
  - name: web
    manifest: services/web
    environments:
      staging:
        namespace: ${webNamespace}
  - name: api
    manifest: services/api/deployment.yaml
    environments:
      staging:
        namespace: ${apiNamespace}
        kubeconfig-env: KUBECONFIG_STAGING
`;
}

function apps(outputs: Record<string, string>) {
  return JSON.parse(outputs.apps ?? '[]') as { app: string; environment: string; status: string }[];
}

const namespaces: string[] = [];
afterEach(async () => {
  for (const name of namespaces.splice(0)) await deleteNamespace(name);
});

describeOnRealCluster(
  'a kubesync.yaml of two apps in one step',
  (cluster) => {
    async function workspaceOfTwoApps(apiReplicas: number) {
      const webNamespace = await createNamespace();
      const apiNamespace = await createNamespace();
      namespaces.push(webNamespace, apiNamespace);
      const workspace = makeWorkspace({
        'kubesync.yaml': config(webNamespace, apiNamespace),
        'services/web/pipeops.yaml': webApp(1),
        'services/api/deployment.yaml': apiDeployment(apiReplicas),
      });
      return { workspace, webNamespace, apiNamespace };
    }
    const kubeconfig = () => Buffer.from(cluster.kubeconfig).toString('base64');
    // The workflow names kubesync.yaml and the kubeconfig variables its environments may pick.
    const stepInputs = () => ({
      manifest: 'kubesync.yaml',
      kubeconfig: kubeconfig(),
      environment: 'staging',
      'app-kubeconfig-env': 'KUBECONFIG_STAGING',
    });

    it('plans both with a comment and a status each, then applies both', async () => {
      const github = await startGitHub();
      const { workspace, webNamespace, apiNamespace } = await workspaceOfTwoApps(1);
      const inputs = stepInputs();
      const env = { KUBECONFIG_STAGING: cluster.kubeconfig };

      const plan = await runActionWithGitHub(github, {
        workspace,
        inputs,
        env,
        eventName: 'pull_request',
        event: pullRequestEvent(7, HEAD),
      });
      expect(plan.exitCode, plan.stdout).toBe(0);
      expect(apps(plan.outputs)).toMatchObject([
        { app: 'web', environment: 'staging', status: 'OutOfSync' },
        { app: 'api', environment: 'staging', status: 'OutOfSync' },
      ]);
      expect(plan.outputs).toMatchObject({ 'sync-status': 'OutOfSync', added: '2', valid: 'true' });
      expect(github.comments.map((comment) => comment.body.split(' ')[1]).sort()).toEqual([
        'kubesync:api:staging',
        'kubesync:web:staging',
      ]);
      expect(github.statuses.map((status) => status.context).sort()).toEqual([
        'kubesync/staging/api',
        'kubesync/staging/web',
      ]);
      expect(plan.summary).toContain('| web | staging | OutOfSync | +1 ~0 -0 |');
      expect(plan.summary).toContain('| api | staging | OutOfSync | +1 ~0 -0 |');
      expect(plan.stdout).toContain('::group::web (staging)');
      expect(plan.stdout).toContain('::group::api (staging)');
      expect(readFileSync(plan.outputs['diff-file'] ?? '', 'utf8')).toContain(
        `+++ desired/Deployment ${apiNamespace}/api`,
      );

      const apply = await runActionWithGitHub(github, { workspace, inputs, env, eventName: 'push' });
      expect(apply.exitCode, apply.stdout).toBe(0);
      expect(apps(apply.outputs)).toMatchObject([
        { app: 'web', status: 'Synced' },
        { app: 'api', status: 'Synced' },
      ]);
      const client = kubeConfig().makeApiClient(AppsV1Api);
      expect(
        (await client.readNamespacedDeployment({ name: 'web', namespace: webNamespace })).spec?.replicas,
      ).toBe(1);
      expect(
        (await client.readNamespacedDeployment({ name: 'api', namespace: apiNamespace })).spec?.replicas,
      ).toBe(1);
      // Each app its own Deployment environment: one's success never marks the other's inactive.
      expect(github.deployments.map((deployment) => deployment.environment).sort()).toEqual([
        'staging/api',
        'staging/web',
      ]);
    });

    it("reports one app's failure without hiding the other's success", async () => {
      const github = await startGitHub();
      const { workspace, webNamespace } = await workspaceOfTwoApps(-1);
      const apply = await runActionWithGitHub(github, {
        workspace,
        inputs: stepInputs(),
        env: { KUBECONFIG_STAGING: cluster.kubeconfig },
        eventName: 'push',
      });
      expect(apply.exitCode).toBe(1);
      expect(apps(apply.outputs)).toMatchObject([
        { app: 'web', status: 'Synced' },
        { app: 'api', status: 'Failed' },
      ]);
      expect(apply.outputs['sync-status']).toBe('Failed');
      expect(apply.stdout).toContain('::error::1 app of 2 failed: api; see the summary');
      expect(apply.summary).toMatch(/\| web \| staging \| Synced \| \+1 ~0 -0 \|/);
      // The refusal is annotated on the manifest line of the app it belongs to.
      expect(apply.stdout).toContain(
        '::error title=kubesync server-rejected,file=services/api/deployment.yaml,line=6',
      );
      expect(apply.summary).toMatch(
        /\| api \| staging \| Failed \| {2}\| {2}\| {2}\| the API server refused 1 of 1 object in a dry run/,
      );
      const client = kubeConfig().makeApiClient(AppsV1Api);
      expect(
        (await client.readNamespacedDeployment({ name: 'web', namespace: webNamespace })).spec?.replicas,
      ).toBe(1);
      const final = github.statuses.filter((status) => status.state !== 'pending');
      expect(final.map(({ context, state }) => `${context} ${state}`).sort()).toEqual([
        'kubesync/staging/api failure',
        'kubesync/staging/web success',
      ]);
    });

    it("gives an app whose kubeconfig variable is empty no credentials, not the step's", async () => {
      const { workspace } = await workspaceOfTwoApps(1);
      const github = await startGitHub();
      const plan = await runActionWithGitHub(github, {
        workspace,
        inputs: stepInputs(),
        eventName: 'pull_request',
        event: pullRequestEvent(7, HEAD),
      });
      expect(plan.exitCode, plan.stdout).toBe(0);
      expect(apps(plan.outputs)).toMatchObject([
        { app: 'web', status: 'OutOfSync' },
        { app: 'api', status: 'Unknown' },
      ]);
    });
  },
  { needsControllers: true },
);

describe('changed-only', () => {
  function git(workspace: string, ...args: string[]): string {
    return execFileSync('git', ['-C', workspace, ...args], {
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    }).trim();
  }

  it('plans only the apps whose files the push changed, and lists the others as skipped', async () => {
    const workspace = makeWorkspace({
      'services/web/pipeops.yaml': webApp(1),
      'services/api/pipeops.yaml': webApp(1).replace('name: web', 'name: api'),
    });
    git(workspace, 'init', '-q', '-b', 'main');
    git(workspace, 'add', '.');
    git(workspace, 'commit', '-q', '-m', 'first');
    const before = git(workspace, 'rev-parse', 'HEAD');
    writeFileSync(
      path.join(workspace, 'services/api/pipeops.yaml'),
      webApp(2).replace('name: web', 'name: api'),
    );
    git(workspace, 'commit', '-q', '-am', 'scale api');
    const after = git(workspace, 'rev-parse', 'HEAD');
    const github = await startGitHub();

    const plan = await runActionWithGitHub(github, {
      workspace,
      inputs: { manifest: 'services/*', 'changed-only': 'true', command: 'plan' },
      eventName: 'push',
      event: { before, after },
      env: { GITHUB_SHA: after },
    });
    expect(plan.exitCode, plan.stdout).toBe(0);
    expect(apps(plan.outputs)).toMatchObject([
      { app: 'api', status: 'Unknown' },
      { app: 'services/web', status: 'Skipped' },
    ]);
    expect(plan.stdout).toContain('changed-only: 1 app changed, 1 skipped (1 file changed)');
    expect(plan.summary).toContain('| services/web |  | Skipped |  |  |  | no file of it changed |');
  });

  it('runs every app, and says why, when git cannot tell what changed', async () => {
    const workspace = makeWorkspace({
      'services/web/pipeops.yaml': webApp(1),
      'services/api/pipeops.yaml': webApp(1).replace('name: web', 'name: api'),
    });
    const github = await startGitHub();
    const plan = await runActionWithGitHub(github, {
      workspace,
      inputs: { manifest: 'services/*', 'changed-only': 'true', command: 'plan' },
      eventName: 'push',
      event: { before: 'a'.repeat(40), after: 'b'.repeat(40) },
    });
    expect(plan.exitCode, plan.stdout).toBe(0);
    expect(apps(plan.outputs).map((app) => app.app)).toEqual(['api', 'web']);
    expect(plan.stdout).toContain(
      'changed-only: git could not compare aaaaaaaaaaaa with bbbbbbbbbbbb (check out with fetch-depth: 0); every app runs',
    );
  });
});
