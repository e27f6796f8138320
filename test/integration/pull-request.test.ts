import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT } from '../../src/report/markdown.js';
import type { FakeGitHub } from '../fake-github/server.js';
import { webApp } from '../support/apps.js';
import { pullRequestEvent, runActionWithGitHub, startGitHub } from '../support/github.js';
import { startFake } from '../support/engine.js';
import { runnerLog } from '../support/run-dist.js';
import { makeWorkspace } from '../support/workspace.js';
import { pullRequestRepo } from '../support/pull-request-repo.js';

const HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface';
const app = webApp;

async function planOnPullRequest(github: FakeGitHub, workspace: string, inputs: Record<string, string>) {
  return runActionWithGitHub(github, {
    workspace,
    eventName: 'pull_request',
    event: pullRequestEvent(7, HEAD),
    inputs: { environment: '', ...inputs },
  });
}

describe('plan on a pull request, against the fake cluster and the fake GitHub API', () => {
  it('creates one comment, then edits it in place, and sets the commit status of the head', async () => {
    const kube = await startFake();
    const github = await startGitHub();
    // Other comments come first, so kubesync's is found on a later page.
    for (let index = 0; index < 120; index++)
      github.comments.push({ id: index + 1, body: `review ${index}`, issue: 7 });
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2) });
    const inputs = { kubeconfig: kube.kubeconfig(), environment: 'production' };

    const first = await planOnPullRequest(github, workspace, inputs);
    expect(first.exitCode).toBe(0);
    const ours = () =>
      github.comments.filter((comment) => comment.body.startsWith('<!-- kubesync:web:production '));
    expect(ours()).toHaveLength(1);
    expect(ours()[0]?.body).toContain('**OutOfSync**');
    expect(github.statuses).toEqual([
      {
        sha: HEAD,
        state: 'success',
        context: 'kubesync/production',
        description: 'OutOfSync: 1 to create',
        target_url: 'https://github.com/acme/shop/actions/runs/42',
      },
    ]);

    writeFileSync(path.join(workspace, 'pipeops.yaml'), app(3));
    const second = await planOnPullRequest(github, workspace, inputs);
    expect(second.stdout).toContain('pull request #7: comment updated');
    expect(ours()).toHaveLength(1);
    expect(ours()[0]?.body).toContain('replicas: 3');
    expect(github.calls.filter((call) => call.operation === 'issues/create-comment')).toHaveLength(1);
  });

  it("never edits someone else's comment that carries the marker: makes its own and edits that", async () => {
    const github = await startGitHub();
    const copied = '<!-- kubesync:web:production {"digest":"","sha":"feedface"} -->\nlooks like kubesync';
    github.comments.push({ id: 1, body: copied, issue: 7, author: 'mallory' });
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2) });
    const first = await planOnPullRequest(github, workspace, { environment: 'production' });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.stdout).toContain('ignored a comment by mallory');
    writeFileSync(path.join(workspace, 'pipeops.yaml'), app(3));
    const second = await planOnPullRequest(github, workspace, { environment: 'production' });
    expect(second.stdout).toContain('pull request #7: comment updated');
    expect(github.comments[0]).toEqual({ id: 1, body: copied, issue: 7, author: 'mallory' });
    const ours = github.comments.filter((comment) => comment.author === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toMatch(/^<!-- kubesync:web:production /);
  });

  it("counts github-actions[bot]'s comments as its own when GitHub will not name the token's identity", async () => {
    const github = await startGitHub();
    github.viewerLogin = undefined;
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2) });
    await planOnPullRequest(github, workspace, {});
    const second = await planOnPullRequest(github, workspace, {});
    expect(second.stdout).toContain('pull request #7: comment updated');
    expect(github.comments).toHaveLength(1);
  });

  it('keeps the marker when a secret value equals the app or environment name: two plans, one comment', async () => {
    const github = await startGitHub();
    const workspace = makeWorkspace({
      'k8s/secret.yaml':
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: names\nstringData:\n  APP: storefront\n  ENV: production\n',
      'k8s/config.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: live\n',
    });
    const inputs = { manifest: 'k8s', app: 'storefront', environment: 'production' };
    expect((await planOnPullRequest(github, workspace, inputs)).exitCode).toBe(0);
    const second = await planOnPullRequest(github, workspace, inputs);
    expect(second.stdout).toContain('pull request #7: comment updated');
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toMatch(/^<!-- kubesync:storefront:production \{/);
    // The app and the environment are identifiers: never rewritten, even when a secret value equals one.
    expect(github.comments[0]?.body).toContain('### kubesync plan: `storefront` → `production`');
  });

  it('keeps a comment with a 70,000-character diff under GitHub’s limit, cut with a note pointing at the job summary', async () => {
    const kube = await startFake();
    const github = await startGitHub();
    const env = Array.from(
      { length: 700 },
      (_, index) => `    - name: VAR_${index}\n      value: "${'x'.repeat(80)}"\n`,
    ).join('');
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2, `  env:\n${env}`) });
    const result = await planOnPullRequest(github, workspace, { kubeconfig: kube.kubeconfig() });
    expect(result.exitCode).toBe(0);
    const [comment] = github.comments;
    expect(comment?.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(comment?.body).toContain(
      'to fit the comment; the [job summary](https://github.com/acme/shop/actions/runs/42) and the diff file',
    );
    expect(result.summary).toContain('VAR_699');
  });

  it('keeps one comment per environment on the same pull request, and none with comment: false', async () => {
    const github = await startGitHub();
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2) });
    await planOnPullRequest(github, workspace, { environment: 'staging' });
    await planOnPullRequest(github, workspace, { environment: 'production' });
    await planOnPullRequest(github, workspace, { environment: 'staging' });
    expect(github.comments.map((comment) => comment.body.split(' ')[1])).toEqual([
      'kubesync:web:staging',
      'kubesync:web:production',
    ]);
    expect(github.statuses.map((status) => status.context)).toEqual([
      'kubesync/staging',
      'kubesync/production',
      'kubesync/staging',
    ]);
    await planOnPullRequest(github, workspace, { environment: 'qa', comment: 'false' });
    expect(github.comments).toHaveLength(2);
    expect(github.statuses.at(-1)?.context).toBe('kubesync/qa');
  });

  it('retries a 502 from GitHub', async () => {
    const github = await startGitHub();
    github.failNext(502);
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2) });
    const result = await planOnPullRequest(github, workspace, {});
    expect(result.exitCode).toBe(0);
    expect(github.statuses).toHaveLength(1);
    expect(github.statuses[0]).toMatchObject({
      description: 'Unknown: no cluster credentials (validated and rendered only)',
    });
  });

  it('a pull request from a fork: Unknown, says why, and a read-only token does not fail the step', async () => {
    const github = await startGitHub();
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2) });
    const result = await runActionWithGitHub(github, {
      workspace,
      eventName: 'pull_request',
      event: pullRequestEvent(8, HEAD, true),
      inputs: { 'github-token': 'ghs_readonly' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['sync-status']).toBe('Unknown');
    expect(result.summary).toContain(
      'status Unknown: pull request from a fork, which gets no secrets: no cluster credentials',
    );
    expect(result.stdout).toContain('pull request from a fork, so its token is read-only');
  });

  it("a fork's pull request in a real repository: the rendered diff of base and head, in the job summary", async () => {
    const github = await startGitHub();
    const pull = pullRequestRepo({ 'pipeops.yaml': app(1) }, { 'pipeops.yaml': app(3) });
    const result = await runActionWithGitHub(github, {
      workspace: pull.workspace,
      eventName: 'pull_request',
      event: pull.event,
      inputs: { 'github-token': 'ghs_readonly', namespace: 'shop' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ 'sync-status': 'Unknown', changed: '1', 'plan-digest': '' });
    expect(result.summary).toContain('## kubesync rendered diff: web');
    expect(result.summary).toContain(
      `rendered diff: the manifests rendered at the base commit ${pull.baseSha.slice(0, 7)}`,
    );
    expect(result.summary).toMatch(/^-\s+replicas: 1$/m);
    expect(result.summary).toMatch(/^\+\s+replicas: 3$/m);
    expect(result.stdout).toContain('The rendered diff is in the job summary');
    expect(github.comments).toEqual([]);
  });

  it('waits out a 429 rate limit from GitHub', async () => {
    const github = await startGitHub();
    github.failNext(429);
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2) });
    const result = await planOnPullRequest(github, workspace, {});
    expect(result.exitCode).toBe(0);
    expect(github.calls.filter((call) => call.status === 429)).toHaveLength(1);
    expect(github.statuses).toHaveLength(1);
    expect(github.comments).toHaveLength(1);
  });

  it('names the missing permission when the token is refused', async () => {
    const github = await startGitHub();
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2) });
    const result = await runActionWithGitHub(github, {
      workspace,
      eventName: 'pull_request',
      event: pullRequestEvent(7, HEAD),
      inputs: { 'github-token': 'ghs_wrong' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      'did not accept the github-token (401 Bad credentials); check the github-token: it is wrong, expired or for another server (it needs "statuses: write")',
    );
    expect(runnerLog(result.stdout)).not.toContain('ghs_wrong');
  });

  it('sets a failure status and lists findings when the manifests are invalid', async () => {
    const github = await startGitHub();
    const workspace = makeWorkspace({ 'pipeops.yaml': app(2).replace('replicas:', 'replica:') });
    const result = await planOnPullRequest(github, workspace, {});
    expect(result.exitCode).toBe(1);
    expect(github.statuses[0]).toMatchObject({
      state: 'failure',
      description: 'Invalid: 1 validation error',
    });
    expect(github.comments[0]?.body).toContain(
      'unknown field "spec.deploy.replica": did you mean "replicas"?',
    );
  });
});
