import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { webApp } from '../support/apps.js';
import { gitHistory } from '../support/git-history.js';
import { runActionWithGitHub, STACK_TRACE, startGitHub } from '../support/github.js';
import { createNamespace, deleteNamespace, describeOnRealCluster } from '../support/real-cluster.js';

describeOnRealCluster(
  'the bundled action orders deploys by history',
  (cluster) => {
    const namespaces: string[] = [];
    afterEach(async () => {
      for (const name of namespaces.splice(0)) await deleteNamespace(name);
    });

    it("asks GitHub's compare API in a shallow checkout: the child of a 2099 commit applies, the parent is refused", async () => {
      const namespace = await createNamespace();
      namespaces.push(namespace);
      const repo = gitHistory();
      writeFileSync(path.join(repo.root, 'pipeops.yaml'), webApp(1));
      const b = repo.commit('B', '2099-01-01T00:00:00Z');
      writeFileSync(path.join(repo.root, 'pipeops.yaml'), webApp(2));
      const c = repo.commit('C', '2001-01-01T00:00:00Z');
      // actions/checkout's default: the pushed commit alone, so the checkout cannot tell the order.
      const workspace = repo.shallowClone();
      const github = await startGitHub();
      github.seedHistory(b);
      github.seedHistory(c, [b]);
      const push = (sha: string) =>
        runActionWithGitHub(github, {
          workspace,
          eventName: 'push',
          inputs: { kubeconfig: cluster.kubeconfig, namespace, environment: 'production' },
          env: { GITHUB_SHA: sha },
        });

      const first = await push(b);
      expect(first.exitCode, first.stdout).toBe(0);
      const child = await push(c);
      expect(child.exitCode, child.stdout).toBe(0);
      expect(child.outputs['sync-status']).toBe('Synced');
      expect(child.stdout).not.toContain('could not tell whether');
      const parent = await push(b);
      expect(parent.exitCode).toBe(1);
      expect(parent.stdout).toContain(
        `::error::commit ${b.slice(0, 12)} is older than ${c.slice(0, 12)}, which this app last applied`,
      );
      expect(parent.stdout).not.toMatch(STACK_TRACE);
      expect(
        github.calls
          .filter((call) => call.operation === 'repos/compare-commits-with-basehead')
          .map((call) => call.params.basehead),
      ).toEqual([`${b}...${c}`, `${c}...${b}`]);
    });
  },
  { needsControllers: true },
);
