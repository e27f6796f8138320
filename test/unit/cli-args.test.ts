import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliHelp, parseCliArgs } from '../../src/cli/cli-args.js';
import { makeTempDir } from '../support/workspace.js';

function settingsOf(argv: string[], cwd = '/repo') {
  const request = parseCliArgs(argv, cwd);
  if (request.kind !== 'run') throw new Error(`expected a run, got ${request.kind}`);
  return request.settings;
}

describe('kubesync flags', () => {
  it('adds up a list flag given more than once, and takes commas where the input does', () => {
    const settings = settingsOf([
      'validate',
      '--helm-values',
      'a.yaml',
      '--helm-values',
      'b.yaml',
      '--allowed-kinds',
      'Deployment',
      '--allowed-kinds',
      'Service,ConfigMap',
    ]);
    expect(settings.helm.valuesFiles).toEqual(['a.yaml', 'b.yaml']);
    expect(settings.guardrails.allowedKinds).toEqual(['Deployment', 'Service', 'ConfigMap']);
  });

  it('takes -n for --namespace, as kubectl does', () => {
    expect(settingsOf(['render', '-n', 'shop']).namespace).toBe('shop');
  });

  it('reads --kubeconfig as the path of a file, as kubectl does', () => {
    const folder = makeTempDir();
    writeFileSync(path.join(folder, 'config'), 'apiVersion: v1\nkind: Config\n');
    expect(settingsOf(['plan', '--kubeconfig', 'config'], folder).cluster.kubeconfig).toBe(
      'apiVersion: v1\nkind: Config',
    );
    expect(() => parseCliArgs(['plan', '--kubeconfig', 'missing'], folder)).toThrow(
      `--kubeconfig ${path.join(folder, 'missing')}: no such file; give the path of a kubeconfig file, as to kubectl`,
    );
  });

  it.each([
    [
      ['valdate'],
      'unknown command "valdate"; did you mean validate? the commands are validate, render, plan, apply, rbac',
    ],
    [
      ['plan', '--namespce', 'shop'],
      'unknown flag --namespce; did you mean --namespace? kubesync --help lists the flags',
    ],
    [['plan', '--no-waitt'], 'unknown flag --no-waitt; did you mean --wait?'],
    [['plan', '--github-token', 'x'], 'unknown flag --github-token; kubesync --help lists the flags'],
    [['plan', '--namespace'], '--namespace needs a value'],
    [['plan', '--wait=no'], '--wait is a switch and takes no value'],
  ])('explains %j', (argv, message) => {
    expect(() => parseCliArgs(argv, '/repo')).toThrow(message);
  });

  it('answers --version', () => {
    expect(parseCliArgs(['--version'], '/repo')).toEqual({ kind: 'version' });
  });
});

describe('kubesync --help', () => {
  const help = cliHelp();

  it('lists the commands a terminal runs, not the workflow-only ones', () => {
    expect(help).toMatch(/^ {2}validate {2,}check the manifests offline/m);
    expect(help).not.toMatch(/^ {2}auto\b/m);
    for (const workflowOnly of [
      '--github-token',
      '--comment',
      '--status-context',
      '--self-heal',
      '--command',
    ])
      expect(help).not.toContain(workflowOnly);
  });

  it('never runs a flag into its description', () => {
    const flagLines = help.split('\n').filter((line) => /^ {2}-/.test(line));
    expect(flagLines.length).toBeGreaterThan(20);
    for (const line of flagLines) expect(line, line).toMatch(/^ {2}\S.*?(\S {2,}\S|\S$)/);
    expect(help).not.toMatch(/--no-create-namespace\S/);
  });

  it('shows, per command, only the flags that command reads', () => {
    const plan = parseCliArgs(['plan', '--help'], '/repo');
    expect(plan).toMatchObject({ kind: 'help' });
    const text = plan.kind === 'help' ? plan.text : '';
    expect(text).toContain('Usage: kubesync plan [manifest] [flags]');
    expect(text).toContain('--kubeconfig <file>');
    expect(text).toContain('--ignore-differences');
    expect(text).not.toContain('--show-secrets');
    expect(text).not.toContain('--lock-timeout');
    const render = cliHelp('render');
    expect(render).toContain('--show-secrets');
    expect(render).not.toContain('--kubeconfig');
  });
});

describe('a kubesync that feels at home beside kubectl', () => {
  it('answers to diff as to plan, and takes -f for the manifest', () => {
    expect(settingsOf(['diff', 'k8s']).command).toBe('plan');
    expect(settingsOf(['plan', '-f', 'k8s']).manifest).toBe('k8s');
    expect(cliHelp()).toMatch(/^ {2}diff +the same as plan, as kubectl diff$/m);
    expect(() => parseCliArgs(['plan', 'k8s', '-f', 'other'], '/repo')).toThrow(
      'give the manifest either as an argument or as -f/--manifest',
    );
  });

  it('takes the repository from the git work tree around the manifest, wherever it is run from', () => {
    const repository = makeTempDir();
    execFileSync('git', ['init', '-q', repository]);
    mkdirSync(path.join(repository, 'deploy/web'), { recursive: true });
    const elsewhere = makeTempDir();
    const settings = settingsOf(
      ['validate', path.join(repository, 'deploy/web'), '--helm-values', path.join(repository, 'v.yaml')],
      elsewhere,
    );
    expect(settings.workspace).toBe(repository);
    expect(settings.manifest).toBe('deploy/web');
    expect(settings.helm.valuesFiles).toEqual(['v.yaml']);
    // From a folder inside it, paths are the terminal's: relative to where kubesync runs.
    const inside = settingsOf(
      ['validate', 'web', '--helm-values', '../v.yaml'],
      path.join(repository, 'deploy'),
    );
    expect(inside.workspace).toBe(repository);
    expect(inside.manifest).toBe('deploy/web');
    expect(inside.helm.valuesFiles).toEqual(['v.yaml']);
  });

  it('finds the manifest in its repository when the path to it goes through a symlink', () => {
    const repository = makeTempDir();
    execFileSync('git', ['init', '-q', repository]);
    mkdirSync(path.join(repository, 'deploy/web'), { recursive: true });
    const link = path.join(makeTempDir(), 'checkout');
    symlinkSync(repository, link);
    expect(settingsOf(['validate', path.join(link, 'deploy/web')], makeTempDir())).toMatchObject({
      workspace: repository,
      manifest: 'deploy/web',
    });
  });

  it('outside git, reads the current folder, or the folder of a manifest given outside it', () => {
    const folder = makeTempDir();
    mkdirSync(path.join(folder, 'app'));
    expect(settingsOf(['validate', 'app'], folder)).toMatchObject({ workspace: folder, manifest: 'app' });
    const other = makeTempDir();
    expect(settingsOf(['validate', path.join(folder, 'app')], other)).toMatchObject({
      workspace: path.join(folder, 'app'),
      manifest: '.',
    });
  });
});
