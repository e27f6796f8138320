import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { checkCommitOrder } from '../../src/sync/commit-order.js';
import type { InventoryState } from '../../src/cluster/inventory.js';
import { commitAncestry } from '../../src/app/commit-ancestry.js';
import { SecretValues } from '../../src/secrets/redact.js';
import { FakeGitHub } from '../fake-github/server.js';
import { connectGitHub } from '../../src/github/connect-github.js';
import { COMMIT } from '../support/engine.js';
import { gitHistory } from '../support/git-history.js';

const github = new FakeGitHub();
await github.start();

afterEach(() => {
  // Every request matched an operation of GitHub's OpenAPI description.
  expect(github.problems).toEqual([]);
  github.reset();
});
afterAll(() => github.stop());

const applied = (sha: string): InventoryState => ({ groupKinds: [], namespaces: [], lastCommit: sha });
const applying = (sha: string) => ({ ...COMMIT, commit: sha });

/**
 * main: A (2020) ← B (2099, from the future) ← C (2001, from the past); side: A ← D (2050). Every
 * committer date disagrees with the history on purpose.
 */
function history() {
  const repo = gitHistory();
  const a = repo.commit('A', '2020-06-01T00:00:00Z');
  const b = repo.commit('B', '2099-01-01T00:00:00Z');
  const c = repo.commit('C', '2001-01-01T00:00:00Z');
  repo.branch('side', a);
  const d = repo.commit('D', '2050-01-01T00:00:00Z');
  repo.git('checkout', '-q', 'main');
  return { repo, a, b, c, d };
}

function mirrorOnGitHub({ a, b, c, d }: ReturnType<typeof history>) {
  github.seedHistory(a);
  github.seedHistory(b, [a]);
  github.seedHistory(c, [b]);
  github.seedHistory(d, [a]);
  return connectGitHub({
    token: github.token,
    apiUrl: github.url,
    repository: { owner: 'acme', repo: 'shop' },
    secrets: new SecretValues(),
  }).records;
}

describe('the order of commits, from git history', () => {
  it('applies the child of a commit dated 2099, though the child is dated 2001', async () => {
    const { repo, b, c } = history();
    const ancestry = commitAncestry(repo.root);
    await expect(checkCommitOrder(applied(b), applying(c), ancestry, false)).resolves.toBeUndefined();
  });

  it('refuses the parent of the applied commit, naming both, unless allow-older', async () => {
    const { repo, b, c } = history();
    const ancestry = commitAncestry(repo.root);
    await expect(checkCommitOrder(applied(c), applying(b), ancestry, false)).rejects.toThrow(
      `commit ${b.slice(0, 12)} is older than ${c.slice(0, 12)}, which this app last applied`,
    );
    await expect(checkCommitOrder(applied(c), applying(b), ancestry, true)).resolves.toBeUndefined();
  });

  it('reports a commit of a sibling branch as diverged, naming both, unless allow-older', async () => {
    const { repo, c, d } = history();
    const ancestry = commitAncestry(repo.root);
    await expect(checkCommitOrder(applied(c), applying(d), ancestry, false)).rejects.toThrow(
      `commit ${d.slice(0, 12)} and ${c.slice(0, 12)}, which this app last applied, have diverged`,
    );
    await expect(checkCommitOrder(applied(c), applying(d), ancestry, true)).resolves.toBeUndefined();
  });

  it('asks GitHub when a shallow clone lacks the last applied commit', async () => {
    const scenario = history();
    const { repo, a, b, c } = scenario;
    const reporter = mirrorOnGitHub(scenario);
    const ancestry = commitAncestry(repo.shallowClone(), (base, head) => reporter.compareCommits(base, head));
    await expect(checkCommitOrder(applied(b), applying(c), ancestry, false)).resolves.toBeUndefined();
    await expect(checkCommitOrder(applied(c), applying(a), ancestry, false)).rejects.toThrow(
      `commit ${a.slice(0, 12)} is older than ${c.slice(0, 12)}`,
    );
    expect(github.calls.map((call) => [call.operation, call.params.basehead])).toEqual([
      ['repos/compare-commits-with-basehead', `${b}...${c}`],
      ['repos/compare-commits-with-basehead', `${c}...${a}`],
    ]);
  });

  it('without the history and without GitHub, warns what to set and lets the apply go on', async () => {
    const { repo, b, c } = history();
    const clone = repo.shallowClone();
    const warning = await checkCommitOrder(applied(c), applying(b), commitAncestry(clone), false);
    expect(warning).toBe(
      `could not tell whether commit ${b.slice(0, 12)} comes after ${c.slice(0, 12)}, which this app last applied: the checkout does not hold the history between them; set fetch-depth: 0 on actions/checkout (or git fetch --unshallow) so that history decides; applying it anyway`,
    );
  });

  it('when GitHub cannot answer the compare either, warns with its reason and lets the apply go on', async () => {
    const scenario = history();
    const { repo, b, c } = scenario;
    const reporter = mirrorOnGitHub(scenario);
    github.reset(); // GitHub knows neither commit: the compare is a 404.
    const ancestry = commitAncestry(repo.shallowClone(), (base, head) => reporter.compareCommits(base, head));
    const warning = await checkCommitOrder(applied(c), applying(b), ancestry, false);
    expect(warning).toMatch(/GitHub's compare API did not answer \(.*404.*\); set fetch-depth: 0/);
    expect(warning).not.toContain('\n');
  });

  it('never passes a recorded value that is not a sha to git', async () => {
    const { repo, c } = history();
    const warning = await checkCommitOrder(
      applied('--output=/tmp/x'),
      applying(c),
      commitAncestry(repo.root),
      false,
    );
    expect(warning).toContain('"--output=/tmp/x" is not a commit sha');
  });
});
