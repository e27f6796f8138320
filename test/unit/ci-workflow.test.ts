import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  PINNED_SOURCES,
  pinnedKubernetesVersions,
  SHARED_KUBERNETES_VERSION,
} from '../support/control-plane-build.js';
import { readDoc, section, workflowErrors } from '../support/docs.js';
import { REPO_ROOT } from '../support/workspace.js';

const WORKFLOWS = path.join(REPO_ROOT, '.github/workflows');

interface CiWorkflow {
  jobs: { test: { strategy: { matrix: { kubernetes: string[] } }; env: Record<string, string> } };
}

describe("the repository's own workflows", () => {
  const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

  it.each(files)('%s parses with GitHub’s workflow parser without an error', async (name) => {
    expect(await workflowErrors(name, readFileSync(path.join(WORKFLOWS, name), 'utf8'))).toEqual([]);
  });

  it('ci.yml tests every release pinned in test/control-plane, and only those: GitHub has no other with controllers', () => {
    const ci = parse(readFileSync(path.join(WORKFLOWS, 'ci.yml'), 'utf8')) as CiWorkflow;
    const matrix = ci.jobs.test.strategy.matrix.kubernetes;
    expect(matrix.map((version) => `v${version}`)).toEqual(pinnedKubernetesVersions());
    for (const version of matrix)
      for (const module of ['kubernetes', 'etcd'])
        expect(existsSync(path.join(PINNED_SOURCES, `v${version}`, module, 'go.sum'))).toBe(true);
    // The matrix is the second release there: .ci/run must not run the cluster tests again on 1.37.2.
    expect(ci.jobs.test.env).toEqual({
      KUBESYNC_KUBERNETES: '${{ matrix.kubernetes }}',
      KUBESYNC_SECOND_KUBERNETES: '',
    });
  });

  it('docs/development.md names each tested release and where it runs', () => {
    const table = section(readDoc('docs/development.md'), '## Kubernetes versions tested');
    const rows = [...table.matchAll(/^\| (\d+\.\d+\.\d+) \|/gm)].map((match) => `v${match[1]}`);
    expect(rows).toEqual([...pinnedKubernetesVersions(), SHARED_KUBERNETES_VERSION]);
  });
});
