import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_CONCURRENCY } from '../../src/cluster/api-transport.js';
import { parseCliArgs } from '../../src/cli/cli-args.js';
import { actionYaml, SUB_ACTIONS, subActionFolder } from '../../src/generate/action-yml.js';
import { INPUTS_MD, inputsMarkdown } from '../../src/generate/inputs-md.js';
import { INPUT_NAMES, INPUTS } from '../../src/settings/inputs.js';
import { parseSettings } from '../../src/settings/parse-settings.js';
import { commandForEvent } from '../../src/app/events/trigger.js';
import { REPO_ROOT } from '../support/workspace.js';

const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};
const inputsDoc = readFileSync(path.join(REPO_ROOT, INPUTS_MD), 'utf8');

describe('action.yml', () => {
  it('is generated from the inputs table (npm run generate writes it)', () => {
    expect(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')).toBe(actionYaml());
  });

  it.each(SUB_ACTIONS)(
    'the %s sub-action is generated too, with a subset of the root inputs and outputs',
    (command) => {
      const file = path.join(REPO_ROOT, subActionFolder(command), 'action.yml');
      const text = readFileSync(file, 'utf8');
      expect(text).toBe(actionYaml(command));
      const sub = parse(text) as typeof action;
      expect(sub.runs).toEqual({ using: 'node24', main: `../../../dist/${command}.js` });
      expect(Object.keys(sub.inputs).length).toBeGreaterThan(3);
      expect(sub.inputs.command).toBeUndefined();
      for (const [name, input] of Object.entries(sub.inputs))
        expect(action.inputs[name], name).toEqual(input);
      for (const name of Object.keys(sub.outputs)) expect(action.outputs, name).toHaveProperty(name);
    },
  );

  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs kubesync reads, with the same defaults and descriptions', () => {
    expect(Object.keys(action.inputs)).toEqual(INPUT_NAMES);
    for (const name of INPUT_NAMES) {
      expect(action.inputs[name], name).toMatchObject({
        default: INPUTS[name]?.default,
        description: INPUTS[name]?.description,
      });
    }
  });

  it('has every input and output documented in docs/inputs.md, which is generated too', () => {
    expect(inputsDoc).toBe(inputsMarkdown());
    for (const name of [...INPUT_NAMES, ...Object.keys(action.outputs)])
      expect(inputsDoc, name).toContain(`| \`${name}\``);
  });

  it('docs/inputs.md says who may set each input: the workflow only, or kubesync.yaml too', () => {
    for (const name of INPUT_NAMES) {
      const row = inputsDoc.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, name).toContain(
        INPUTS[name]?.trust === 'content' ? '| workflow or kubesync.yaml |' : '| workflow only',
      );
    }
  });
});

describe('parseSettings', () => {
  it('applies defaults and splits lists', () => {
    const settings = parseSettings(
      { 'allowed-kinds': 'Deployment, Service\nConfigMap', 'helm-set': 'a=1\n\n b=2 ' },
      { workspace: '/w' },
    );
    expect(settings).toMatchObject({
      command: 'auto',
      manifest: 'pipeops.yaml',
      namespace: 'default',
      guardrails: { allowedKinds: ['Deployment', 'Service', 'ConfigMap'], allowedNamespaces: [] },
      helm: { setValues: ['a=1', 'b=2'] },
      policy: { pinnedImages: 'warning', resources: 'warning' },
    });
  });

  it.each([
    [
      { command: 'deploy' },
      'input "command": must be one of auto, validate, render, plan, apply, rbac, promote (got "deploy")',
    ],
    [{ namespace: 'Prod_1' }, 'input "namespace": namespace "Prod_1" must consist of lower case'],
    [{ 'policy-resources': 'strict' }, 'input "policy-resources": must be one of warning, error, off'],
  ])('refuses %j', (inputs, message) => {
    expect(() => parseSettings(inputs, { workspace: '/w' })).toThrow(message);
  });
});

describe('cluster inputs', () => {
  it("gives a client's own connection the concurrency input's default", () => {
    expect(INPUTS.concurrency?.default).toBe(String(DEFAULT_CONCURRENCY));
  });

  it('reads switches, durations and ignore-differences', () => {
    const settings = parseSettings(
      {
        prune: 'true',
        wait: 'False',
        timeout: '90s',
        'lock-timeout': '2m',
        concurrency: '16',
        'ignore-differences': '- group: apps\n  kind: Deployment\n  jsonPointers: [/spec/replicas]\n',
      },
      { workspace: '/w' },
    );
    expect(settings.apply).toMatchObject({
      prune: true,
      wait: false,
      timeoutMs: 90_000,
      lockTimeoutMs: 120_000,
      concurrency: 16,
      rollback: true,
    });
    expect(settings.ignoreDifferences).toEqual([
      { group: 'apps', kind: 'Deployment', jsonPointers: ['/spec/replicas'] },
    ]);
  });

  it.each([
    [{ timeout: 'soon' }, 'input "timeout": "soon" is not a duration; write e.g. 90s, 5m or 1h'],
    [{ timeout: '5' }, 'input "timeout": "5" is not a duration; give a unit, e.g. 5s or 5m'],
    [{ concurrency: 'abc' }, 'input "concurrency": must be a whole number from 1 to 64 (got "abc")'],
    [{ concurrency: '0' }, 'input "concurrency": must be a whole number from 1 to 64 (got "0")'],
    [{ prune: 'yes' }, 'input "prune": must be one of true, false'],
    [
      { 'ignore-differences': '- kind: Deployment\n  jsonPointers: [spec/replicas]\n' },
      'a JSON pointer starts with /',
    ],
    [{ 'prune-propagation': 'Cascade' }, 'must be one of Background, Foreground, Orphan'],
  ])('refuses %j', (inputs, message) => {
    expect(() => parseSettings(inputs, { workspace: '/w' })).toThrow(message);
  });

  it('takes CLI switches as --flag and --no-flag', () => {
    expect(parseCliArgs(['apply', '--prune', '--no-wait', '--timeout', '10m'], '/repo')).toMatchObject({
      settings: { apply: { prune: true, wait: false, timeoutMs: 600_000 } },
    });
  });
});

describe('parseCliArgs', () => {
  it('maps flags one to one onto the same settings as the action inputs', () => {
    const request = parseCliArgs(
      [
        'render',
        'manifests',
        '--environment',
        'production',
        '--allowed-kinds',
        'Deployment',
        '--show-secrets',
      ],
      '/repo',
    );
    expect(request).toMatchObject({
      kind: 'run',
      settings: {
        command: 'render',
        manifest: 'manifests',
        environment: 'production',
        showSecrets: true,
        guardrails: { allowedKinds: ['Deployment'] },
      },
    });
  });

  it('makes an absolute manifest path relative to the working directory', () => {
    expect(parseCliArgs(['validate', '/repo/k8s'], '/repo')).toMatchObject({
      settings: { manifest: 'k8s', workspace: '/repo' },
    });
  });

  it('answers --help and no arguments with the usage text', () => {
    expect(parseCliArgs([], '/repo').kind).toBe('help');
    expect(parseCliArgs(['--help'], '/repo')).toMatchObject({
      kind: 'help',
      text: expect.stringContaining('--ingress-class'),
    });
  });
});

describe('commandForEvent', () => {
  it.each([
    ['pull_request', 'plan'],
    ['push', 'apply'],
    ['workflow_dispatch', 'apply'],
    ['schedule', 'plan'],
    ['issue_comment', 'validate'],
  ])('auto on %s is %s', (event, command) => {
    expect(commandForEvent('auto', event)).toBe(command);
  });

  it('an explicit command wins over the event', () => {
    expect(commandForEvent('validate', 'push')).toBe('validate');
  });
});

describe('VERSION', () => {
  it('is the package version, as recorded in the ApplySet tooling annotation', async () => {
    const { VERSION } = await import('../../src/model/version.js');
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
