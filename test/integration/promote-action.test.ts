import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../fake-github/server.js';
import { runActionWithGitHub, startGitHub } from '../support/github.js';
import { makeWorkspace } from '../support/workspace.js';

const base = (name: string) => `apiVersion: pipeops.io/v1
kind: Application
metadata:
  name: ${name}
spec:
  image: ghcr.io/acme/${name}:1.0.0
  resources:
    cpu: 100m
    memory: 128Mi
`;
const overlay = (image: string) => `# kept as written
spec:
  image: ${image} # the running version
`;

function appFiles(name: string, folder: string, stagingTag: string) {
  return {
    [`${folder}/base/pipeops.yaml`]: base(name),
    [`${folder}/staging/pipeops.yaml`]: overlay(`ghcr.io/acme/${name}:${stagingTag}`),
    [`${folder}/production/pipeops.yaml`]: overlay(`ghcr.io/acme/${name}:1.2.0`),
  };
}

/** What an apply of staging leaves on GitHub: a Deployment of the commit and its commit status. */
function appliedToStaging(
  github: FakeGitHub,
  sha: string,
  app: string,
  state: 'success' | 'failure',
  deploymentEnvironment = 'staging',
  context = 'kubesync/staging',
) {
  github.deployments.push({
    id: github.deployments.length + 1,
    sha,
    environment: deploymentEnvironment,
    payload: { app },
  });
  github.statuses.push({ sha, state, context, description: state === 'failure' ? 'Failed' : 'Synced' });
}

function promote(github: FakeGitHub, workspace: string, sha: string, inputs: Record<string, string>) {
  return runActionWithGitHub(github, {
    workspace,
    eventName: 'workflow_dispatch',
    inputs: { command: 'promote', from: 'staging', to: 'production', ...inputs },
    env: { GITHUB_SHA: sha },
  });
}

const writes = (github: FakeGitHub) => github.calls.filter((call) => call.method !== 'GET');

describe('the bundled action promotes staging to production (fake GitHub)', () => {
  it('opens the pull request, with its URL as an output and a row in the summary', async () => {
    const github = await startGitHub();
    const files = appFiles('web', 'manifests', '1.3.0');
    const sha = github.seedCommit(files);
    appliedToStaging(github, sha, 'web', 'success');

    const run = await promote(github, makeWorkspace(files), sha, { manifest: 'manifests' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['pull-request']).toBe('https://github.com/acme/shop/pull/1');
    expect(run.summary).toContain('web 1.2.0 → 1.3.0');
    expect(github.filesAt('kubesync/promote/web/production')['manifests/production/pipeops.yaml']).toBe(
      overlay('ghcr.io/acme/web:1.3.0'),
    );
  });

  it('refuses, fails the step and writes nothing when staging’s last apply failed', async () => {
    const github = await startGitHub();
    const files = appFiles('web', 'manifests', '1.3.0');
    const sha = github.seedCommit(files);
    appliedToStaging(github, sha, 'web', 'failure');

    const run = await promote(github, makeWorkspace(files), sha, { manifest: 'manifests' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::promotion refused: staging's last apply \(commit [0-9a-f]{7}\) did not succeed/,
    );
    expect(writes(github)).toEqual([]);
    expect(run.outputs['pull-request']).toBe('');
  });

  it('promotes every app of kubesync.yaml on a branch and pull request of its own', async () => {
    const github = await startGitHub();
    const files = {
      'kubesync.yaml': `apps:
  - name: web
    manifest: services/web
    environments: { staging: {}, production: {} }
  - name: api
    manifest: services/api
    environments: { staging: {}, production: {} }
`,
      ...appFiles('web', 'services/web', '1.3.0'),
      ...appFiles('api', 'services/api', '2.0.0'),
    };
    const sha = github.seedCommit(files);
    // Each app of several has its own status and Deployment environment.
    appliedToStaging(github, sha, 'web', 'success', 'staging/web', 'kubesync/staging/web');
    appliedToStaging(github, sha, 'api', 'failure', 'staging/api', 'kubesync/staging/api');

    const run = await promote(github, makeWorkspace(files), sha, { manifest: 'kubesync.yaml' });
    expect(run.exitCode).toBe(1);
    const apps = JSON.parse(run.outputs.apps ?? '[]') as { app: string; status: string }[];
    expect(apps.map(({ app, status }) => `${app} ${status}`).sort()).toEqual(['api Refused', 'web Promoted']);
    expect(github.filesAt('kubesync/promote/web/production')['services/web/production/pipeops.yaml']).toBe(
      overlay('ghcr.io/acme/web:1.3.0'),
    );
    expect(github.refs.has('refs/heads/kubesync/promote/api/production')).toBe(false);
    expect(run.stdout).toContain('::error::1 app of 2 failed: api; see the summary');
  });
});
