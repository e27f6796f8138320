import { afterAll, describe, expect, it } from 'vitest';
import { GitHubUnavailable } from '../../src/github/github-unavailable.js';
import { webApp } from '../support/apps.js';
import { MemoryGitHub } from '../support/memory-github.js';
import type { FileChanges } from '../support/pull-request-repo.js';
import { pullRequestRepo } from '../support/pull-request-repo.js';
import { runnerLog } from '../support/run-dist.js';
import { runActionInProcess } from '../support/run-in-process.js';
import { useRealTools } from '../support/tools.js';
import { makeWorkspace } from '../support/workspace.js';

const tools = useRealTools();
afterAll(() => tools.restore());

const configMap = (name: string, value: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  mode: ${value}\n`;
const secret = (password: string) =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: ${password}\n`;
const kustomization = (resources: string) =>
  `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [${resources}]\n`;
const CHART = `apiVersion: v2\nname: shop\nversion: 0.1.0\n`;
const CHART_TEMPLATE = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-settings
data:
  mode: {{ .Values.mode | quote }}
`;

/** A fork's pull request planned by the action with no kubeconfig: the rendered diff, base → head. */
async function planFork(
  base: FileChanges,
  head: FileChanges,
  inputs: Record<string, string> = {},
  options: { readOnly?: boolean; fork?: boolean } = {},
) {
  const pull = pullRequestRepo(base, head, { fork: options.fork ?? true });
  const github = new MemoryGitHub();
  if (options.readOnly)
    github.fail = new GitHubUnavailable(
      'GitHub refused the request (403 Resource not accessible by integration)',
      'give the token pull-requests: write',
      'refused',
    );
  const run = await runActionInProcess({
    workspace: pull.workspace,
    inputs: { namespace: 'shop', 'github-token': 'memory-token', ...inputs },
    github,
    eventName: 'pull_request',
    event: pull.event,
    env: { HOME: pull.workspace, KUBECONFIG: '' },
  });
  return { ...pull, github, run, comment: github.comments[0]?.body ?? '' };
}

describe("a fork's pull request, with no cluster credentials, gets the diff of its rendered manifests", () => {
  it('plain YAML: creates, updates and deletes per object, Secret values masked', async () => {
    const { run, comment, github, baseSha } = await planFork(
      {
        'k8s/settings.yaml': configMap('settings', 'slow'),
        'k8s/old.yaml': configMap('old', 'plain'),
        'k8s/secret.yaml': secret('hunter2-base-value'),
      },
      {
        'k8s/settings.yaml': configMap('settings', 'fast'),
        'k8s/old.yaml': null,
        'k8s/new.yaml': configMap('new', 'yes-please'),
        'k8s/secret.yaml': secret('hunter2-head-value'),
      },
      { manifest: 'k8s', prune: 'true' },
    );
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      valid: 'true',
      'sync-status': 'Unknown',
      added: '1',
      changed: '2',
      deleted: '1',
      'plan-digest': '',
    });
    expect(comment).toContain('### kubesync rendered diff: `k8s`');
    expect(comment).toContain(
      `A diff of the rendered manifests between the base commit [\`${baseSha.slice(0, 7)}\`]`,
    );
    expect(comment).toContain("not the cluster's answer");
    expect(comment).toMatch(/\| ConfigMap \| `shop\/settings` \| update \|/);
    expect(comment).toMatch(/\| ConfigMap \| `shop\/old` \| \*\*delete\*\* \|/);
    expect(comment).toMatch(/\| ConfigMap \| `shop\/new` \| create \|/);
    expect(comment).toContain('--- base/ConfigMap shop/settings');
    expect(comment).toContain('+++ head/ConfigMap shop/settings');
    expect(comment).toContain('--- base/ConfigMap shop/old\n+++ /dev/null');
    expect(comment).toContain('--- /dev/null\n+++ head/ConfigMap shop/new');
    expect(comment).not.toMatch(/^(---|\+\+\+) (live|desired)\//m);
    expect(comment).toMatch(/^-\s+mode: slow$/m);
    expect(comment).toMatch(/^\+\s+mode: fast$/m);
    expect(comment).toContain('password: "*** (after)"');
    for (const text of [comment, run.summary, runnerLog(run.stdout)]) {
      expect(text).not.toContain('hunter2-base-value');
      expect(text).not.toContain('hunter2-head-value');
    }
    // A rendered diff is no reviewed plan: its marker carries no digest for apply to match.
    expect(comment).toMatch(/^<!-- kubesync:k8s:default \{"digest":"","desired":"",/);
    expect(github.statuses.map(({ state, description }) => ({ state, description }))).toEqual([
      { state: 'success', description: 'Rendered diff: 1 to create, 2 to update, 1 to delete' },
    ]);
    expect(run.summary).toContain('## kubesync rendered diff: k8s');
    expect(run.summary).toContain(
      `rendered diff: the manifests rendered at the base commit ${baseSha.slice(0, 7)}`,
    );
  });

  it('a read-only token: the job summary carries the diff, and the step says where to look', async () => {
    const { run, github, baseSha } = await planFork(
      { 'k8s/settings.yaml': configMap('settings', 'slow') },
      { 'k8s/settings.yaml': configMap('settings', 'fast') },
      { manifest: 'k8s' },
      { readOnly: true },
    );
    expect(run.exitCode).toBe(0);
    expect(github.comments).toEqual([]);
    expect(run.summary).toContain('## kubesync rendered diff: k8s');
    expect(run.summary).toContain('+++ head/ConfigMap shop/settings');
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning'));
    expect(warnings.join('\n')).toContain(
      'pull request from a fork, so its token is read-only: GitHub refused the request (403 Resource not accessible by integration); give the token pull-requests: write. The rendered diff is in the job summary',
    );
    expect(warnings.join('\n')).toContain(
      `the rendered diff between the base commit ${baseSha.slice(0, 7)} and this commit is in the job summary`,
    );
  });

  it('the Application format (pipeops.yaml)', async () => {
    const { run, comment } = await planFork({ 'pipeops.yaml': webApp(1) }, { 'pipeops.yaml': webApp(3) });
    expect(run.exitCode).toBe(0);
    expect(comment).toContain('### kubesync rendered diff: `web`');
    expect(comment).toMatch(/\| Deployment \| `shop\/web` \| update \| replicas 1 → 3 \|/);
    expect(comment).toMatch(/^-\s+replicas: 1$/m);
    expect(comment).toMatch(/^\+\s+replicas: 3$/m);
    expect(run.outputs).toMatchObject({ added: '0', changed: '1', deleted: '0' });
  });

  it('nothing changed in the manifests: no changes, said as a rendered diff', async () => {
    const { run, comment } = await planFork(
      { 'pipeops.yaml': webApp(1) },
      { 'pipeops.yaml': webApp(1), 'README.md': 'words\n' },
    );
    expect(run.exitCode).toBe(0);
    expect(comment).toContain('No changes: the manifests render the same at both commits.');
    expect(run.outputs['has-changes']).toBe('false');
  });

  it('plan-mode: render, chosen by the workflow, renders the diff without asking the cluster', async () => {
    const { run, comment } = await planFork(
      { 'pipeops.yaml': webApp(1) },
      { 'pipeops.yaml': webApp(2) },
      // A kubeconfig that names no reachable cluster: render mode never uses it.
      { 'plan-mode': 'render', kubeconfig: 'not a kubeconfig' },
      { fork: false },
    );
    expect(run.exitCode).toBe(0);
    expect(comment).toContain('### kubesync rendered diff: `web`');
    expect(comment).toContain('plan-mode: render, so the cluster is not asked');
    expect(comment).toMatch(/^\+\s+replicas: 2$/m);
  });

  it('a base commit the checkout does not have: says to set fetch-depth: 0', async () => {
    const pull = pullRequestRepo({ 'pipeops.yaml': webApp(1) }, { 'pipeops.yaml': webApp(2) });
    const shallow = pull.repo.shallowClone('change');
    const github = new MemoryGitHub();
    const run = await runActionInProcess({
      workspace: shallow,
      inputs: { namespace: 'shop', 'github-token': 'memory-token' },
      github,
      eventName: 'pull_request',
      event: pull.event,
      env: { HOME: shallow, KUBECONFIG: '' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(
      `the base commit ${pull.baseSha.slice(0, 12)} is not in the checkout, so its manifests cannot be rendered: the clone is too shallow. Set fetch-depth: 0 on actions/checkout`,
    );
    expect(github.comments[0]?.body).toContain('Set fetch-depth: 0 on actions/checkout');
  });

  it('a workspace that is no git repository: says to check it out with fetch-depth: 0', async () => {
    const workspace = makeWorkspace({ 'pipeops.yaml': webApp(2) });
    const event = pullRequestRepo({ 'pipeops.yaml': webApp(1) }, { 'pipeops.yaml': webApp(2) }).event;
    const run = await runActionInProcess({
      workspace,
      inputs: { namespace: 'shop', 'github-token': 'memory-token' },
      github: new MemoryGitHub(),
      eventName: 'pull_request',
      event,
      env: { HOME: workspace, KUBECONFIG: '' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(
      `the workspace is not a git repository, so its manifests cannot be rendered from the base commit ${event.pull_request.base.sha.slice(0, 12)}: check the repository out with actions/checkout and fetch-depth: 0`,
    );
  });

  it('many apps (kubesync.yaml): each app its own diff, a new app all creates', async () => {
    const config = (apps: string[]) =>
      `apps:\n${apps.map((name) => `  - name: ${name}\n    manifest: services/${name}\n`).join('')}`;
    const { run, github } = await planFork(
      {
        'kubesync.yaml': config(['web']),
        'services/web/settings.yaml': configMap('web-settings', 'slow'),
      },
      {
        'kubesync.yaml': config(['web', 'api']),
        'services/web/settings.yaml': configMap('web-settings', 'fast'),
        'services/api/settings.yaml': configMap('api-settings', 'new'),
      },
      { manifest: 'kubesync.yaml' },
    );
    expect(run.exitCode).toBe(0);
    const comment = (app: string) =>
      github.comments.find((entry) => entry.body.startsWith(`<!-- kubesync:${app}:`))?.body ?? '';
    expect(comment('web')).toContain('### kubesync rendered diff: `web`');
    expect(comment('web')).toMatch(/\| ConfigMap \| `shop\/web-settings` \| update \|/);
    expect(comment('api')).toMatch(/\| ConfigMap \| `shop\/api-settings` \| create \|/);
    expect(run.stdout).toContain('the app is not at the base commit: every object is new');
    expect(run.summary).toContain('## kubesync rendered diff: web');
    expect(run.summary).toContain('## kubesync rendered diff: api');
  });

  describe.skipIf(!tools.available)(`with kustomize and helm ${tools.reason}`, () => {
    it('kustomize', async () => {
      const { run, comment } = await planFork(
        {
          'app/kustomization.yaml': kustomization('settings.yaml'),
          'app/settings.yaml': configMap('settings', 'slow'),
        },
        {
          'app/kustomization.yaml': kustomization('settings.yaml, extra.yaml'),
          'app/settings.yaml': configMap('settings', 'fast'),
          'app/extra.yaml': configMap('extra', 'on'),
        },
        { manifest: 'app' },
      );
      expect(run.exitCode).toBe(0);
      expect(comment).toContain('### kubesync rendered diff:');
      expect(comment).toMatch(/\| ConfigMap \| `shop\/settings` \| update \|/);
      expect(comment).toMatch(/\| ConfigMap \| `shop\/extra` \| create \|/);
      expect(comment).toMatch(/^\+\s+mode: fast$/m);
    });

    it('helm', async () => {
      const { run, comment } = await planFork(
        {
          'chart/Chart.yaml': CHART,
          'chart/values.yaml': 'mode: slow\n',
          'chart/templates/settings.yaml': CHART_TEMPLATE,
        },
        { 'chart/values.yaml': 'mode: fast\n' },
        { manifest: 'chart', 'helm-release': 'shop' },
      );
      expect(run.exitCode).toBe(0);
      expect(comment).toMatch(/\| ConfigMap \| `shop\/shop-settings` \| update \|/);
      expect(comment).toMatch(/^-\s+mode: slow$/m);
      expect(comment).toMatch(/^\+\s+mode: fast$/m);
    });
  });
});
