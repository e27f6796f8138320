import { describe, expect, it } from 'vitest';
import type { FakeGitHub, InjectedFailure } from '../fake-github/server.js';
import { webApp } from '../support/apps.js';
import { startFake } from '../support/engine.js';
import {
  pullRequestEvent,
  runActionWithGitHub,
  STACK_TRACE,
  startGitHub,
  unreachableApiUrl,
} from '../support/github.js';
import { makeWorkspace } from '../support/workspace.js';

const HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface';
const MARKER = '<!-- kubesync:web:production ';

async function pushScenario() {
  const kube = await startFake();
  const github = await startGitHub();
  const workspace = makeWorkspace({ 'pipeops.yaml': webApp(2) });
  const push = (inputs: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}) =>
    runActionWithGitHub(github, {
      workspace,
      eventName: 'push',
      inputs: { kubeconfig: kube.kubeconfig(), environment: 'production', ...inputs },
      env,
    });
  return { kube, github, push };
}

function planOnPullRequest(github: FakeGitHub) {
  return runActionWithGitHub(github, {
    workspace: makeWorkspace({ 'pipeops.yaml': webApp(2) }),
    eventName: 'pull_request',
    event: pullRequestEvent(7, HEAD),
    inputs: { environment: 'production' },
  });
}

describe('retried writes to GitHub act once', () => {
  it.each<InjectedFailure>([502, 'reset'])(
    'a comment created before a %s is found again, not created twice',
    async (failure) => {
      const github = await startGitHub();
      github.failAfterEffect('issues/create-comment', failure);
      const result = await planOnPullRequest(github);
      expect(result.exitCode, result.stdout).toBe(0);
      expect(github.commentsStartingWith(MARKER)).toHaveLength(1);
      expect(result.stdout).toContain('pull request #7: comment created');
    },
  );

  it('a Deployment created before a 502 is found by its payload: one Deployment, with a final status', async () => {
    const { github, push } = await pushScenario();
    github.failAfterEffect('repos/create-deployment', 502);
    const result = await push();
    expect(result.exitCode, result.stdout).toBe(0);
    expect(github.deployments).toHaveLength(1);
    const id = github.deployments[0]?.id as number;
    expect(github.deploymentStatuses.map((status) => [status.deploymentId, status.body.state])).toEqual([
      [id, 'in_progress'],
      [id, 'success'],
    ]);
    expect(result.outputs['deployment-id']).toBe(String(id));
  });

  it('an apply that throws after its Deployment was created still gives the Deployment a final status', async () => {
    const { kube, github, push } = await pushScenario();
    expect((await push()).exitCode).toBe(0);
    // Someone scales by hand: the field is theirs now, so apply refuses the conflict after the plan,
    // once the Deployment is recorded.
    kube.seed(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'default' },
        spec: { replicas: 9 },
      },
      'kubectl-scale',
    );
    const refused = await push();
    expect(refused.exitCode, refused.stdout).toBe(1);
    expect(github.deployments).toHaveLength(2);
    const id = github.deployments[1]?.id as number;
    const states = github.deploymentStatuses.filter((status) => status.deploymentId === id);
    expect(states.map((status) => status.body.state)).toEqual(['in_progress', 'failure']);
  });
});

describe('GitHub is not the cluster', () => {
  it('a GitHub request that never answers is abandoned at request-timeout and tried again', async () => {
    const { github, push } = await pushScenario();
    github.failNext('hang');
    const result = await push({ 'request-timeout': '2s' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(github.calls[0]?.status).toBe(-1);
    expect(github.statuses.map((status) => status.state)).toEqual(['pending', 'success']);
  });

  it('an apply with GitHub unreachable deploys, sets its outputs and warns once, naming every missing record', async () => {
    const { kube, push } = await pushScenario();
    const url = await unreachableApiUrl();
    const result = await push({}, { GITHUB_API_URL: url });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['sync-status']).toBe('Synced');
    expect(kube.get('apps/v1', 'Deployment', 'web')).toBeDefined();
    expect(result.stdout).toContain(
      `::warning::GitHub's API at ${url} could not be reached (connect ECONNREFUSED ${url.slice('http://'.length)}): the deploy went on without the commit status kubesync/production, the comparison with the plan reviewed in the pull request and the GitHub Deployment for production; check GITHUB_API_URL and the runner's network\n`,
    );
    expect(result.stdout).not.toMatch(STACK_TRACE);
    expect(result.stdout).not.toMatch(/HttpError|RequestError/);
  });

  it('an apply while GitHub answers 500 to everything deploys and warns, with no stack trace', async () => {
    const { kube, github, push } = await pushScenario();
    github.outage = 500;
    const result = await push();
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs['sync-status']).toBe('Synced');
    expect(kube.get('apps/v1', 'Deployment', 'web')).toBeDefined();
    expect(result.stdout).toMatch(
      /::warning::GitHub's API at \S+ kept failing \(500 outage\): the deploy went on without the commit status kubesync\/production, .* and the GitHub Deployment for production; GitHub may be having an outage/,
    );
    expect(result.stdout).not.toMatch(STACK_TRACE);
    // Retried, but bounded.
    expect(github.calls.length).toBeLessThan(30);
  });

  it('a plan with GitHub unreachable warns that the comment could not be recorded', async () => {
    const github = await startGitHub();
    github.outage = 503;
    const result = await planOnPullRequest(github);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/::warning::could not record the plan comment on pull request #7/);
    expect(result.summary).toContain('kubesync plan: web');
    expect(result.stdout).not.toMatch(STACK_TRACE);
  });

  // The workflow set require-plan-match to demand the comparison: one that cannot be made is no match.
  it('require-plan-match refuses without GitHub, and says why', async () => {
    const { kube, github, push } = await pushScenario();
    github.outage = 502;
    const result = await push({ 'require-plan-match': 'true' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error::require-plan-match could not be checked, so nothing was applied: the reviewed plan could not be read, GitHub's API at \S+ kept failing \(502 outage\); GitHub may be having an outage/,
    );
    expect(result.stdout).not.toMatch(STACK_TRACE);
    expect(kube.get('apps/v1', 'Deployment', 'web')).toBeUndefined();
  });
});
