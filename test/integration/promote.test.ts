import { CoreV1Api } from '@kubernetes/client-node';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RunContext } from '../../src/app/events/github-event.js';
import type { RawInputs } from '../../src/settings/parse-settings.js';
import { appIdentity } from '../../src/model/app-identity.js';
import { FakeGitHub } from '../fake-github/server.js';
import { COMMIT, engine, recordingLog, testRuntime } from '../support/engine.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
} from '../support/real-cluster.js';
import { makeWorkspace, settingsFor } from '../support/workspace.js';
import { runPromote } from '../../src/app/promote-app.js';
import { connectGitHub } from '../../src/github/connect-github.js';

const github = new FakeGitHub();
await github.start();

afterEach(() => {
  // Every request matched an operation of GitHub's OpenAPI description, with a valid body.
  expect(github.problems).toEqual([]);
  github.reset();
});
afterAll(() => github.stop());

const BRANCH = 'kubesync/promote/web/production';
const OVERLAY = 'manifests/production/pipeops.yaml';
const DIGEST = `sha256:${'c'.repeat(64)}`;

const base = `apiVersion: pipeops.io/v1
kind: Application
metadata:
  name: web
spec:
  image: ghcr.io/acme/web:1.0.0
  deploy:
    replicas: 1
  resources:
    cpu: 100m
    memory: 128Mi
`;
const staging = (image: string) => `spec:\n  image: ${image}\n`;
const production = `# production: promoted from staging by kubesync, reviewed by people
spec:
  image: ghcr.io/acme/web:1.2.0 # what production runs
  deploy:

    replicas: 3   # one per zone
`;

function shop(stagingImage = 'ghcr.io/acme/web:1.3.0'): Record<string, string> {
  return {
    'manifests/base/pipeops.yaml': base,
    'manifests/staging/pipeops.yaml': staging(stagingImage),
    [OVERLAY]: production,
  };
}

/** The checkout of a commit pushed to main: the workspace, and the same files in the fake repository. */
function checkout(files: Record<string, string>): { workspace: string; run: RunContext } {
  const sha = github.seedCommit(files);
  const run: RunContext = {
    eventName: 'workflow_dispatch',
    repository: { owner: 'acme', repo: 'shop' },
    runUrl: 'https://github.com/acme/shop/actions/runs/9',
    sha,
  };
  return { workspace: makeWorkspace(files), run };
}

/** What kubesync apply leaves on GitHub for staging: a Deployment of the commit and its status. */
function appliedToStaging(sha: string, state: 'success' | 'failure' | 'pending' = 'success') {
  github.deployments.push({
    id: github.deployments.length + 1,
    sha,
    environment: 'staging',
    payload: { app: 'web' },
  });
  github.statuses.push({
    sha,
    state,
    context: 'kubesync/staging',
    description: state === 'failure' ? 'Failed: web not ready' : 'Synced',
  });
}

function promote(workspace: string, run: RunContext, inputs: RawInputs = {}, log = recordingLog()) {
  const settings = settingsFor(workspace, {
    manifest: 'manifests',
    from: 'staging',
    to: 'production',
    'github-token': github.token,
    ...inputs,
  });
  const runtime = testRuntime(log);
  const connected = connectGitHub({
    token: github.token,
    apiUrl: github.url,
    repository: { owner: 'acme', repo: 'shop' },
    secrets: runtime.secrets,
    log: log.info,
  });
  return runPromote({ ...settings, revision: { sha: run.sha, ref: 'refs/heads/main' } }, run, {
    ...runtime,
    github: connected,
  });
}

const writes = () => github.calls.filter((call) => call.method !== 'GET');

describe('promote staging → production (fake GitHub)', () => {
  it('opens one pull request with the edit, then updates it and its branch for a newer staging image', async () => {
    const first = checkout(shop());
    appliedToStaging(first.run.sha);
    const log = recordingLog();
    const result = await promote(first.workspace, first.run, {}, log);

    expect(result.refused).toBeUndefined();
    expect(result.pullRequest).toEqual({
      number: 1,
      url: 'https://github.com/acme/shop/pull/1',
      created: true,
    });
    expect(log.lines).toContain(
      "no credentials for staging's cluster: reading its images from its source in git",
    );
    expect(github.pulls).toHaveLength(1);
    const [pull] = github.pulls;
    expect(pull).toMatchObject({
      head: BRANCH,
      base: 'main',
      state: 'open',
      title: 'Promote web to production: web 1.2.0 → 1.3.0',
    });
    expect(github.pullLabels.get(1)).toEqual(['kubesync/promotion']);
    expect(pull?.body).toContain(
      '| `ghcr.io/acme/web` | `ghcr.io/acme/web:1.2.0` | `ghcr.io/acme/web:1.3.0` |',
    );
    expect(pull?.body).toContain('`kubesync/staging` says it succeeded');
    expect(pull?.body).toContain(
      "No credentials for production in this step: the plan comes as this pull request's comment.",
    );
    // The file keeps its comments and layout; only the image changed. Nothing else on the branch did.
    const onBranch = github.filesAt(BRANCH);
    expect(onBranch[OVERLAY]).toBe(production.replace('web:1.2.0', 'web:1.3.0'));
    expect(onBranch).toEqual({ ...shop(), [OVERLAY]: production.replace('web:1.2.0', 'web:1.3.0') });
    expect(github.filesAt('main')[OVERLAY]).toBe(production);

    const second = checkout(shop('ghcr.io/acme/web:1.4.0'));
    appliedToStaging(second.run.sha);
    const again = await promote(second.workspace, second.run);
    expect(again.pullRequest).toEqual({
      number: 1,
      url: 'https://github.com/acme/shop/pull/1',
      created: false,
    });
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]?.title).toBe('Promote web to production: web 1.2.0 → 1.4.0');
    expect(github.filesAt(BRANCH)[OVERLAY]).toBe(production.replace('web:1.2.0', 'web:1.4.0'));
    expect(github.commits.get(github.refs.get(`refs/heads/${BRANCH}`) ?? '')?.parents).toEqual([
      second.run.sha,
    ]);
    expect(github.calls.filter((call) => call.operation === 'pulls/create')).toHaveLength(1);
    expect(github.calls.filter((call) => call.operation === 'pulls/update')).toHaveLength(1);
  });

  it('opens one pull request and one branch even when the answers to their creates are lost', async () => {
    const { workspace, run } = checkout(shop());
    appliedToStaging(run.sha);
    github.failAfterEffect('git/create-ref', 502);
    github.failAfterEffect('pulls/create', 502);
    const result = await promote(workspace, run);
    expect(result.pullRequest).toMatchObject({ number: 1, created: true });
    expect(github.pulls).toHaveLength(1);
    expect(github.filesAt(BRANCH)[OVERLAY]).toBe(production.replace('web:1.2.0', 'web:1.3.0'));
  });

  it("refuses when staging's last apply failed, and writes nothing", async () => {
    const { workspace, run } = checkout(shop());
    appliedToStaging(run.sha, 'failure');
    const result = await promote(workspace, run);
    expect(result.refused).toBe(
      `staging's last apply (commit ${run.sha.slice(0, 7)}) did not succeed (kubesync/staging is failure: Failed: web not ready); fix staging first`,
    );
    expect(result.pullRequest).toBeUndefined();
    expect(writes()).toEqual([]);
    expect(github.pulls).toEqual([]);
  });

  it('refuses when no apply of staging is recorded, and writes nothing', async () => {
    const { workspace, run } = checkout(shop());
    const result = await promote(workspace, run);
    expect(result.refused).toMatch(
      /^staging has no apply recorded: there is no GitHub Deployment for environment staging/,
    );
    expect(writes()).toEqual([]);
  });

  it('does nothing when production already runs what staging runs', async () => {
    const { workspace, run } = checkout(shop('ghcr.io/acme/web:1.2.0'));
    appliedToStaging(run.sha);
    const result = await promote(workspace, run);
    expect(result.refused).toBeUndefined();
    expect(result.pullRequest).toBeUndefined();
    expect(result.images).toEqual([
      { name: 'ghcr.io/acme/web', current: 'ghcr.io/acme/web:1.2.0', promoted: 'ghcr.io/acme/web:1.2.0' },
    ]);
    expect(writes()).toEqual([]);
  });

  it('is a UserError, before any request, to name one environment twice or one without its own source', async () => {
    const { workspace, run } = checkout(shop());
    await expect(promote(workspace, run, { to: 'staging' })).rejects.toThrow(/from and to are both staging/);
    await expect(promote(workspace, run, { to: 'qa' })).rejects.toThrow(
      /^manifests\/qa\/pipeops\.yaml does not exist: it is qa's own source/,
    );
    expect(github.calls).toEqual([]);
  });
});

describeOnRealCluster('promote reads what staging last applied from its ApplySet parent', (cluster) => {
  const namespaces: string[] = [];
  afterAll(async () => {
    for (const name of namespaces) await deleteNamespace(name);
  });

  it('records the images at apply, and promotes the digest the cluster runs rather than git', async () => {
    const [stagingNs, productionNs] = [await createNamespace(), await createNamespace()];
    namespaces.push(stagingNs, productionNs);
    const pinned = `ghcr.io/acme/web@${DIGEST}`;
    const { workspace, run } = checkout(shop(pinned));
    const target = { kubeconfig: cluster.kubeconfig, namespace: stagingNs, kind: 'real' as const };
    const applied = await engine(target, workspace, { manifest: 'manifests', app: '', wait: 'false' }).apply({
      environment: 'staging',
    });
    expect(applied.syncStatus).toBe('Synced');

    const parent = await kubeConfig()
      .makeApiClient(CoreV1Api)
      .readNamespacedSecret({ name: appIdentity('web', stagingNs).parentName, namespace: stagingNs });
    expect(parent.metadata?.annotations?.['kubesync.io/last-applied-images']).toBe(pinned);
    expect(parent.metadata?.annotations?.['kubesync.io/last-applied-commit']).toBe(COMMIT.commit);

    // git moved on since; staging's cluster still runs the pinned digest, and that is what moves on.
    writeFileSync(path.join(workspace, 'manifests/staging/pipeops.yaml'), staging('ghcr.io/acme/web:9.9.9'));
    github.statuses.push({ sha: COMMIT.commit, state: 'success', context: 'kubesync/staging' });
    const result = await promote(workspace, run, {
      'from-kubeconfig': cluster.kubeconfig,
      'from-namespace': stagingNs,
      kubeconfig: cluster.kubeconfig,
      namespace: productionNs,
    });
    expect(result.refused).toBeUndefined();
    expect(result.images).toEqual([
      { name: 'ghcr.io/acme/web', current: 'ghcr.io/acme/web:1.2.0', promoted: pinned },
    ]);
    expect(github.filesAt(BRANCH)[OVERLAY]).toBe(production.replace('ghcr.io/acme/web:1.2.0', pinned));
    const body = github.pulls[0]?.body ?? '';
    expect(body).toContain(
      `its ApplySet parent Secret ${stagingNs}/${appIdentity('web', stagingNs).parentName}`,
    );
    // With credentials for production, its plan with the edit is in the body: the app is new there.
    expect(body).toContain('Plan of production with this change');
    expect(body).toContain(pinned);
  });
});
