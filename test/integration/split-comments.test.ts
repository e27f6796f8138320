import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT } from '../../src/report/markdown.js';
import { SUMMARY_LIMIT } from '../../src/report/summary.js';
import { MemoryGitHub } from '../support/memory-github.js';
import { createNamespace, describeOnRealCluster } from '../support/real-cluster.js';
import { runActionInProcess } from '../support/run-in-process.js';
import { makeWorkspace } from '../support/workspace.js';
import { readFileSync } from 'node:fs';
import { connectGitHub } from '../../src/github/connect-github.js';
import { SecretValues } from '../../src/secrets/redact.js';
import { startGitHub } from '../support/github.js';

const HEAD = '1111111111111111111111111111111111111111';
const event = {
  pull_request: {
    number: 12,
    head: { sha: HEAD, repo: { full_name: 'acme/shop' } },
    base: { sha: '2222222222222222222222222222222222222222', repo: { full_name: 'acme/shop' } },
  },
};

/** `count` ConfigMaps in one file, each with a few lines of data. */
function configMaps(count: number): string {
  return Array.from(
    { length: count },
    (_, index) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings-${String(index).padStart(4, '0')}
data:
  region: eu-west-1
  tier: "${index % 7}"
  greeting: "grüß dich ${index}"
`,
  ).join('---\n');
}

describeOnRealCluster('a plan too big for one comment, on a pull request', (cluster) => {
  describe('3,000 new objects, then 600', () => {
    it('spreads over numbered comments, edits them in place when the plan shrinks, and deletes the leftovers', async () => {
      const namespace = await createNamespace();
      const github = new MemoryGitHub();
      const inputs = {
        kubeconfig: cluster.kubeconfig,
        namespace,
        app: 'settings',
        command: 'plan',
        manifest: 'k8s',
        'github-token': 'memory-token',
        'max-comments': '6',
      };
      const plan = (count: number) =>
        runActionInProcess({
          workspace: makeWorkspace({ 'k8s/settings.yaml': configMaps(count) }),
          inputs,
          github,
          eventName: 'pull_request',
          event,
        });
      const big = await plan(3000);
      expect(big.exitCode).toBe(0);
      expect(github.comments).toHaveLength(6);
      const [first, ...parts] = github.comments;
      expect(first?.body).toMatch(/^<!-- kubesync:settings:default \{"digest":"sha256:/);
      expect(first?.body).toContain('| ConfigMap | 3000 |');
      expect(first?.body).toContain('_The diffs go on in 5 more comments below._');
      parts.forEach((part, index) =>
        expect(part.body).toMatch(new RegExp(`^<!-- kubesync:settings:default:part-${index + 2} `)),
      );
      for (const comment of github.comments) expect(comment.body.length).toBeLessThan(COMMENT_LIMIT);
      const all = github.comments.map((comment) => comment.body).join('\n');
      for (let index = 0; index < 3000; index++)
        expect(all).toContain(`${namespace}/settings-${String(index).padStart(4, '0')}`);
      expect(all).toMatch(/_\d+ more diffs did not fit in 6 comments: see the \[job summary\]/);
      expect(Buffer.byteLength(big.summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
      // The diff file has every diff the comments and the summary could not hold.
      const diff = readFileSync(big.outputs['diff-file'] ?? '', 'utf8');
      expect(diff).toContain('grüß dich 2999');

      const ids = github.comments.map((comment) => comment.id);
      const small = await plan(600);
      expect(small.exitCode).toBe(0);
      const left = github.comments.map((comment) => comment.id);
      expect(left.length).toBeGreaterThan(1);
      expect(left.length).toBeLessThan(6);
      // The same comments, edited in place; the ones no longer needed are gone.
      expect(left).toEqual(ids.slice(0, left.length));
      expect(github.comments[0]?.body).toContain('600 to create');
      expect(github.comments.at(-1)?.body).toContain(`part ${left.length} of ${left.length}`);
      expect(small.stdout).toContain(`deleted ${6 - left.length} comments the plan no longer needs`);

      await plan(1);
      expect(github.comments.map((comment) => comment.id)).toEqual([ids[0]]);
    });
  });

  it('writes and trims the further comments through the Octokit client, as GitHub’s API describes them', async () => {
    const namespace = await createNamespace();
    const fake = await startGitHub();
    // Someone else's comment that looks like a part: never edited, never deleted.
    const copied = '<!-- kubesync:settings:default:part-3 {"sha":"x"} -->\ncopied';
    fake.comments.push({ id: 9000, body: copied, issue: 12, author: 'someone' });
    const github = connectGitHub({
      token: fake.token,
      apiUrl: fake.url,
      repository: { owner: 'acme', repo: 'shop' },
      secrets: new SecretValues(),
    });
    const plan = (count: number) =>
      runActionInProcess({
        workspace: makeWorkspace({ 'k8s/settings.yaml': configMaps(count) }),
        inputs: {
          kubeconfig: cluster.kubeconfig,
          namespace,
          command: 'plan',
          manifest: 'k8s',
          app: 'settings',
          'github-token': fake.token,
          'max-comments': '3',
        },
        github,
        eventName: 'pull_request',
        event,
      });
    expect((await plan(1500)).exitCode).toBe(0);
    const ours = () => fake.comments.filter((comment) => comment.author !== 'someone');
    expect(ours()).toHaveLength(3);
    const ids = ours().map((comment) => comment.id);
    expect((await plan(5)).exitCode).toBe(0);
    expect(ours().map((comment) => comment.id)).toEqual([ids[0]]);
    expect(fake.comments.find((comment) => comment.id === 9000)?.body).toBe(copied);
    const deletes = fake.calls.filter((call) => call.operation === 'issues/delete-comment');
    expect(deletes.map((call) => call.status)).toEqual([204, 204]);
    expect(fake.problems).toEqual([]);
  });
});
