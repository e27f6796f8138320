import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUB_ACTIONS } from '../../src/generate/action-yml.js';
import { INPUT_NAMES, INPUTS } from '../../src/settings/inputs.js';
import {
  codeBlocks,
  DOC_FILES,
  isWorkflow,
  readDoc,
  section,
  stepsOf,
  workflowErrors,
  workflowsOf,
  type CodeBlock,
} from '../support/docs.js';
import { REPO_ROOT } from '../support/workspace.js';

const blocks: CodeBlock[] = DOC_FILES.flatMap((file) => codeBlocks(file));
const where = (block: CodeBlock) => `${block.file}:${block.line}`;

describe('the workflows in README.md, SECURITY.md and docs/', () => {
  const workflows = blocks.filter(isWorkflow);

  it('GitHub’s workflow parser reports errors (the check below can fail)', async () => {
    const errors = await workflowErrors(
      'broken.yml',
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      pull-request: write\n    steps:\n      - run: echo ${{ github.sha }\n',
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('parse with GitHub’s workflow parser without an error', async () => {
    expect(workflows.map((block) => block.file)).toContain('README.md');
    expect(workflows.length).toBeGreaterThanOrEqual(7);
    for (const block of workflows)
      expect(await workflowErrors(where(block), block.text), where(block)).toEqual([]);
  });

  it('pass kubesync only inputs it has, and a sub-action only the inputs of its command', () => {
    const steps = blocks.flatMap((block) => stepsOf(block).map((step) => ({ block, step })));
    const kubesync = steps.filter(({ step }) => step.uses?.startsWith('kubesync/kubesync'));
    expect(kubesync.length).toBeGreaterThan(10);
    for (const { block, step } of kubesync) {
      const sub = /^kubesync\/kubesync\/\.github\/actions\/(\w+)@/.exec(step.uses ?? '')?.[1];
      const allowed = sub
        ? INPUT_NAMES.filter((name) => name !== 'command' && INPUTS[name]?.commands.includes(sub as never))
        : INPUT_NAMES;
      if (sub) expect(SUB_ACTIONS, where(block)).toContain(sub);
      else expect(step.uses, where(block)).toMatch(/^kubesync\/kubesync@/);
      for (const name of Object.keys(step.with ?? {}))
        expect(allowed, `${where(block)}: ${name}`).toContain(name);
    }
  });

  it('show every trigger in docs/triggers.md', () => {
    const events = new Set(workflowsOf('docs/triggers.md').flatMap((workflow) => Object.keys(workflow.on)));
    for (const event of ['pull_request', 'push', 'workflow_dispatch', 'schedule', 'repository_dispatch'])
      expect([...events]).toContain(event);
    expect(readDoc('docs/triggers.md')).toContain('tags: ["v*"]');
  });

  it('show drift issues on a schedule, with the permission they need', () => {
    const [workflow] = workflowsOf('docs/drift-and-fleet.md');
    expect(Object.keys(workflow?.on ?? {})).toContain('schedule');
    expect((workflow as { permissions?: Record<string, string> } | undefined)?.permissions).toMatchObject({
      issues: 'write',
    });
    const step = workflow?.jobs.drift?.steps.find((candidate) => candidate.uses?.startsWith('kubesync/'));
    expect(step?.with).toMatchObject({ 'drift-issue': true });
  });

  it('the quick start is one workflow of at most 30 lines that plans pull requests and applies pushes to main', () => {
    const quickStart = codeBlocks('README.md', section(readDoc('README.md'), '## Quick start')).filter(
      isWorkflow,
    );
    expect(quickStart).toHaveLength(1);
    expect(quickStart[0]!.text.trimEnd().split('\n').length).toBeLessThanOrEqual(30);
    const [workflow] = workflowsOf('README.md', section(readDoc('README.md'), '## Quick start'));
    expect(workflow?.on).toEqual({ pull_request: null, push: { branches: ['main'] } });
  });
});

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(path.join(REPO_ROOT, file), 'utf8').replace(/^```[\s\S]*?^```$/gm, '');
  return new Set([...text.matchAll(/^#+ (.+)$/gm)].map((match) => anchorOf(match[1] ?? '')));
}

describe('links in README.md, SECURITY.md and docs/', () => {
  it.each(DOC_FILES)('%s links only to files and headings that exist', (file) => {
    const text = readDoc(file).replace(/^```[\s\S]*?^```$/gm, '');
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '');
    for (const link of links.filter((target) => !/^[a-z]+:/.test(target))) {
      const [target = '', anchor] = link.split('#');
      const resolved = target === '' ? file : path.normalize(path.join(path.dirname(file), target));
      expect(existsSync(path.join(REPO_ROOT, resolved)), `${file}: ${link}`).toBe(true);
      if (anchor) expect([...anchorsOf(resolved)], `${file}: ${link}`).toContain(anchor);
    }
  });
});

describe("the README's Develop section", () => {
  it('shows the two commands .ci/run runs: npm ci, then npm test', () => {
    const commands = codeBlocks('README.md', section(readDoc('README.md'), '## Develop'))
      .filter((block) => block.language === 'sh')
      .flatMap((block) => block.text.trim().split('\n'));
    expect(commands).toEqual(['npm ci', 'npm test']);
    const ci = readFileSync(path.join(REPO_ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^step npm ci\b/m);
    expect(ci).toMatch(/^step npm test\b/m);
  });
});
