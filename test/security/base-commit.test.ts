import { afterAll, describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/manifests/load.js';
import { MemoryGitHub } from '../support/memory-github.js';
import type { FileChanges } from '../support/pull-request-repo.js';
import { pullRequestRepo } from '../support/pull-request-repo.js';
import { runnerLog } from '../support/run-dist.js';
import { runActionInProcess } from '../support/run-in-process.js';
import { useRealTools } from '../support/tools.js';
import { makeWorkspace, settingsFor } from '../support/workspace.js';
import type { Canary } from './hostile.js';
import { expectRefused, linkIn, outsideCanary } from './hostile.js';

const tools = useRealTools();
afterAll(() => tools.restore());

const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;
const kustomization = (resources: string) =>
  `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n${resources}`;

/**
 * The refusal of `files` (plus `link` → `target`) when they are the head, checked out in a workspace:
 * what the base commit's render must refuse with, word for word.
 */
async function refusalAtHead(
  files: Record<string, string>,
  manifest: string,
  parts: readonly string[],
  link?: { path: string; target: string },
  canary?: Canary,
): Promise<string> {
  const root = makeWorkspace(files);
  if (link) linkIn(root, link.path, link.target);
  const refusal = await expectRefused(loadManifests(settingsFor(root, { manifest })), parts, canary);
  return refusal.message;
}

/** A fork's pull request whose base commit holds hostile content and whose head removes it. */
async function planOverHostileBase(
  base: FileChanges,
  head: FileChanges,
  manifest: string,
  link?: { path: string; target: string },
) {
  const pull = pullRequestRepo(base, head);
  if (link) {
    // The link is committed at the base (git stores its target), then removed at the head.
    pull.repo.git('checkout', '-q', pull.baseSha);
    linkIn(pull.workspace, link.path, link.target);
    pull.repo.git('checkout', '-q', '-b', 'hostile-base');
    const hostileBase = pull.repo.commit('base with a link out', '2026-01-01T00:00:00Z');
    pull.repo.git('checkout', '-q', 'change');
    pull.event.pull_request.base.sha = hostileBase;
  }
  const github = new MemoryGitHub();
  const run = await runActionInProcess({
    workspace: pull.workspace,
    inputs: { namespace: 'shop', 'github-token': 'memory-token', manifest },
    github,
    eventName: 'pull_request',
    event: pull.event,
    env: { HOME: pull.workspace, KUBECONFIG: '' },
  });
  return { run, comment: github.comments[0]?.body ?? '' };
}

describe("a base commit's hostile content is refused as it is at the head", () => {
  it('a symlink out of the repository in the base commit: refused, nothing of it shown', async () => {
    const canary = outsideCanary();
    const link = { path: 'k8s/stolen.yaml', target: canary.file };
    const expected = await refusalAtHead(
      { 'k8s/web.yaml': cm('web') },
      'k8s',
      ['k8s/stolen.yaml is a symlink to', canary.file, 'outside the repository'],
      link,
      canary,
    );
    const { run, comment } = await planOverHostileBase(
      { 'k8s/web.yaml': cm('web') },
      { 'k8s/web.yaml': cm('web') },
      'k8s',
      link,
    );
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`no rendered diff: ${expected}`);
    expect(comment).toContain('no rendered diff: ');
    expect(comment).not.toContain('| kind | namespace/name |');
    for (const text of [runnerLog(run.stdout), run.summary, comment])
      expect(text).not.toContain(canary.marker);
  });

  describe.skipIf(!tools.available)(`kustomize ${tools.reason}`, () => {
    it('a remote base in the base commit: refused unless the workflow allows remote sources', async () => {
      const hostile = {
        'app/kustomization.yaml': kustomization(
          '  - web.yaml\n  - https://github.com/acme/evil//deploy?ref=main\n',
        ),
        'app/web.yaml': cm('web'),
      };
      const expected = await refusalAtHead(hostile, 'app', [
        'resources[1] "https://github.com/acme/evil//deploy?ref=main" is a remote source',
        'allow-remote-sources: true',
      ]);
      const { run, comment } = await planOverHostileBase(
        hostile,
        { 'app/kustomization.yaml': kustomization('  - web.yaml\n') },
        'app',
      );
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain(`no rendered diff: ${expected.split('\n')[0]}`);
      expect(comment).toContain('is a remote source');
      expect(comment).not.toContain('| kind | namespace/name |');
    });
  });
});
