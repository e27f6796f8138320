import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cliHelp, parseCliArgs } from '../../src/cli/cli-args.js';
import type { PlanResult } from '../../src/app/commands/plan.js';
import { renderManifests } from '../../src/app/commands/render.js';
import { validateManifests } from '../../src/app/commands/validate.js';
import type { Change } from '../../src/plan/change.js';
import { countChanges, syncStatusOf } from '../../src/plan/change.js';
import { diffObjects } from '../../src/plan/diff.js';
import { shouldColor } from '../../src/cli/color-choice.js';
import { planJson } from '../../src/report/plan-json.js';
import { formatPlan } from '../../src/report/plan-text.js';
import { renderJson } from '../../src/report/render-json.js';
import { renderNotes } from '../../src/report/render-notes.js';
import { colorDiff } from '../../src/report/terminal-diff.js';
import { validationJson } from '../../src/report/validate-json.js';
import { SECRET_MASKERS } from '../../src/secrets/diff-maskers.js';
import { SecretValues } from '../../src/secrets/redact.js';
import { makeWorkspace, settingsFor } from '../support/workspace.js';

const ESC = '\u001b[';
const red = (text: string) => `${ESC}31m${text}${ESC}39m`;
const green = (text: string) => `${ESC}32m${text}${ESC}39m`;
const cyan = (text: string) => `${ESC}36m${text}${ESC}39m`;
const bold = (text: string) => `${ESC}1m${text}${ESC}22m`;

function settingsOf(argv: string[], cwd = '/repo') {
  const request = parseCliArgs(argv, cwd);
  if (request.kind !== 'run') throw new Error(`expected a run, got ${request.kind}`);
  return request.settings;
}

describe('-o / --output and --color / --no-color', () => {
  it('takes -o json and --output json for validate, render and plan; text by default', () => {
    expect(settingsOf(['validate', '-o', 'json']).output).toBe('json');
    expect(settingsOf(['render', '--output', 'json']).output).toBe('json');
    expect(settingsOf(['plan', '--output=json']).output).toBe('json');
    expect(settingsOf(['plan']).output).toBe('text');
    expect(() => parseCliArgs(['plan', '-o', 'xml'], '/repo')).toThrow(
      'input "output": must be one of text, json, yaml (got "xml")',
    );
  });

  it('makes --color a switch whose absence leaves the choice to the terminal', () => {
    expect(settingsOf(['plan']).color).toBeUndefined();
    expect(settingsOf(['plan', '--color']).color).toBe(true);
    expect(settingsOf(['apply', '--no-color']).color).toBe(false);
    expect(() => parseCliArgs(['plan', '--color=always'], '/repo')).toThrow(
      '--color is a switch and takes no value',
    );
  });

  it('lists them in the help of the commands that read them', () => {
    expect(cliHelp('plan')).toMatch(/^ {2}-o, --output <text\|json\|yaml> +\S/m);
    expect(cliHelp('plan')).toMatch(/^ {2}--color, --no-color +\S/m);
    expect(cliHelp('validate')).toContain('--output');
    expect(cliHelp('validate')).not.toContain('--color');
    expect(cliHelp('apply')).not.toContain('--output');
    // Every true/false input stays a switch.
    expect(cliHelp()).toContain('--prune, --no-prune');
    expect(cliHelp()).toContain('--wait, --no-wait');
  });
});

describe('shouldColor', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };

  it('colours a terminal and not a pipe', () => {
    expect(shouldColor(undefined, tty, {})).toBe(true);
    expect(shouldColor(undefined, pipe, {})).toBe(false);
    expect(shouldColor(undefined, tty, { TERM: 'dumb' })).toBe(false);
  });

  it('never colours with NO_COLOR set to anything non-empty, nor with --no-color', () => {
    expect(shouldColor(undefined, tty, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor(undefined, tty, { NO_COLOR: 'false' })).toBe(false);
    expect(shouldColor(undefined, tty, { NO_COLOR: '' })).toBe(true);
    expect(shouldColor(false, tty, {})).toBe(false);
    expect(shouldColor(false, tty, { FORCE_COLOR: '1' })).toBe(false);
    expect(shouldColor(undefined, tty, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
  });

  it('colours a pipe with --color (over NO_COLOR, as a flag beats the environment) or FORCE_COLOR', () => {
    expect(shouldColor(true, pipe, {})).toBe(true);
    expect(shouldColor(true, pipe, { NO_COLOR: '1' })).toBe(true);
    expect(shouldColor(undefined, pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldColor(undefined, tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(shouldColor(undefined, tty, { FORCE_COLOR: 'false' })).toBe(false);
  });
});

describe('colorDiff', () => {
  const diff = [
    '--- live/ConfigMap shop/settings\t',
    '+++ desired/ConfigMap shop/settings\t',
    '@@ -1,5 +1,5 @@',
    ' apiVersion: v1',
    ' data:',
    '-  banner: --- old',
    '+  banner: +++ new',
    ' kind: ConfigMap',
    ' metadata:',
    '--- /dev/null\t',
    '+++ desired/ConfigMap shop/added\t',
    '@@ -0,0 +1,2 @@',
    '+---',
    '+apiVersion: v1',
    '\\ No newline at end of file',
    '',
  ].join('\n');

  it('paints removed lines red, added green, hunk headers cyan and file headers bold', () => {
    expect(colorDiff(diff).split('\n')).toEqual([
      bold('--- live/ConfigMap shop/settings\t'),
      bold('+++ desired/ConfigMap shop/settings\t'),
      cyan('@@ -1,5 +1,5 @@'),
      ' apiVersion: v1',
      ' data:',
      red('-  banner: --- old'),
      green('+  banner: +++ new'),
      ' kind: ConfigMap',
      ' metadata:',
      bold('--- /dev/null\t'),
      bold('+++ desired/ConfigMap shop/added\t'),
      cyan('@@ -0,0 +1,2 @@'),
      // Inside a hunk, a line that reads like a header is an added line.
      green('+---'),
      green('+apiVersion: v1'),
      '\\ No newline at end of file',
      '',
    ]);
  });

  it('changes nothing but the colours', () => {
    expect(stripVTControlCharacters(colorDiff(diff))).toBe(diff);
  });

  it('colours only the diffs of a plan, not its one-line summary of each object', () => {
    const plan = planOf([configMapChange('create', undefined, { a: '1' })]);
    const text = formatPlan(plan, 'web', new SecretValues(), colorDiff);
    expect(text).toContain('\n+ ConfigMap shop/settings (create)\n');
    expect(text).toContain(green('+kind: ConfigMap'));
    expect(stripVTControlCharacters(text)).toBe(formatPlan(plan, 'web', new SecretValues()));
  });
});

function configMapChange(
  action: Change['action'],
  before: Record<string, string> | undefined,
  after: Record<string, string> | undefined,
  kind = 'ConfigMap',
  field = 'data',
): Change {
  const object = (data: Record<string, string> | undefined) =>
    data && { apiVersion: 'v1', kind, metadata: { name: 'settings', namespace: 'shop' }, [field]: data };
  const subject = `${kind} shop/settings`;
  return {
    subject,
    ref: { apiVersion: 'v1', kind, namespace: 'shop', name: 'settings' },
    action,
    diff: diffObjects(subject, object(before), object(after), SECRET_MASKERS),
    origin: { file: 'k8s.yaml', line: 1, column: 1 },
    ...(after ? { desired: object(after) } : {}),
    ...(before ? { live: object(before) } : {}),
  };
}

function planOf(changes: Change[]) {
  return { changes, counts: countChanges(changes), syncStatus: syncStatusOf(changes), digest: 'sha256:abc' };
}

describe('plan -o json', () => {
  const validation = {
    loaded: { type: 'kubernetes' as const, resources: [], findings: [], files: ['k8s.yaml'] },
    findings: [
      {
        severity: 'warning' as const,
        rule: 'image-pinned',
        message: 'pin the image',
        origin: { file: 'k8s.yaml', line: 3, column: 5 },
      },
    ],
    errors: 0,
    warnings: 1,
    valid: true,
  };

  it('gives the app, server, status, counts, digest, each change and the findings', () => {
    const plan = planOf([configMapChange('update', { a: '1' }, { a: '2' })]);
    const result: PlanResult = {
      app: 'web',
      validation,
      plan,
      syncStatus: plan.syncStatus,
      server: 'https://127.0.0.1:6443',
    };
    expect(planJson(result, new SecretValues())).toEqual({
      app: 'web',
      server: 'https://127.0.0.1:6443',
      syncStatus: 'OutOfSync',
      valid: true,
      counts: { create: 0, update: 1, delete: 0, unchanged: 0, orphan: 0, keep: 0 },
      digest: 'sha256:abc',
      changes: [
        {
          subject: 'ConfigMap shop/settings',
          action: 'update',
          ref: { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'shop', name: 'settings' },
          diff: expect.stringContaining('-  a: "1"\n+  a: "2"\n'),
        },
      ],
      findings: [
        {
          file: 'k8s.yaml',
          line: 3,
          column: 5,
          rule: 'image-pinned',
          severity: 'warning',
          message: 'pin the image',
        },
      ],
    });
  });

  it('never carries a Secret value: the change gives its masked diff, not the objects', () => {
    const plan = planOf([
      configMapChange(
        'update',
        { password: 'old-password-1' },
        { password: 'new-password-2' },
        'Secret',
        'stringData',
      ),
    ]);
    const result: PlanResult = { app: 'web', validation, plan, syncStatus: plan.syncStatus };
    const text = JSON.stringify(planJson(result, new SecretValues()));
    expect(text).not.toContain('password-');
    expect(text).toContain('*** (after)');
  });

  it('says why there is no plan, with null counts and digest', () => {
    const result: PlanResult = {
      app: 'web',
      validation,
      syncStatus: 'Unknown',
      unknownReason: 'no cluster credentials (validated and rendered only)',
    };
    expect(planJson(result, new SecretValues())).toMatchObject({
      app: 'web',
      server: null,
      syncStatus: 'Unknown',
      reason: 'no cluster credentials (validated and rendered only)',
      counts: null,
      digest: null,
      changes: [],
    });
  });
});

describe('render', () => {
  const manifests = [
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: b\n',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: elsewhere\n  namespace: other\n',
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: hunter2-hunter2\n',
    'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: reader\nrules: []\n',
    'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n',
    'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.acme.io\nspec:\n  group: acme.io\n  scope: Cluster\n  names: {kind: Widget, plural: widgets}\n  versions: [{name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}]\n',
    'apiVersion: acme.io/v1\nkind: Widget\nmetadata:\n  name: big\n',
  ].join('---\n');

  it('puts namespaced objects that set none in the namespace, as apply sends them; cluster-scoped ones stay without', async () => {
    const workspace = makeWorkspace({ 'k8s.yaml': manifests });
    const settings = settingsFor(workspace, { manifest: 'k8s.yaml', namespace: 'shop' });
    const result = await renderManifests(settings, new SecretValues());
    expect(result.validation.valid).toBe(true);
    const namespaces = result.objects.map((object) => [
      object.kind,
      (object.metadata as { namespace?: string }).namespace,
    ]);
    expect(namespaces).toEqual([
      ['ConfigMap', 'shop'],
      ['ConfigMap', 'other'],
      ['Secret', 'shop'],
      ['ClusterRole', undefined],
      ['Namespace', undefined],
      ['CustomResourceDefinition', undefined],
      ['Widget', undefined],
    ]);
    expect(result.yaml).toContain(
      '---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: shop\n',
    );
    expect(result.yaml).not.toContain('hunter2');
    expect(result.maskedSecrets).toEqual(['Secret shop/db']);
    expect(renderNotes(result)).toEqual([
      'note: the values of Secret shop/db are masked as "***"; give --show-secrets to pipe them to kubectl apply -f -',
    ]);

    const json = renderJson(result);
    expect(json).toMatchObject({ valid: true, counts: { objects: 7, files: 1, errors: 0 }, findings: [] });
    expect(json.objects).toBe(result.objects);
  });

  it('with --show-secrets, prints the values and has nothing to note', async () => {
    const workspace = makeWorkspace({ 'k8s.yaml': manifests });
    const settings = settingsFor(workspace, { manifest: 'k8s.yaml', 'show-secrets': 'true' });
    const result = await renderManifests(settings, new SecretValues());
    expect(result.yaml).toContain('password: hunter2-hunter2');
    expect(renderNotes(result)).toEqual([]);
  });

  it('notes that values fetched at apply time cannot be piped to kubectl', () => {
    expect(renderNotes({ maskedSecrets: [], fetchedSecrets: ['Secret shop/web-doppler'] })).toEqual([
      'note: Secret shop/web-doppler holds values fetched from Doppler at apply time; kubesync apply writes them, kubectl apply -f - would write the placeholders',
    ]);
  });
});

describe('validate -o json', () => {
  it('gives each finding with its place, the counts, and whether the manifests are valid', async () => {
    const workspace = makeWorkspace({
      'app.yaml':
        'apiVersion: pipeops.io/v1\nkind: Application\nmetadata:\n  name: web\nspec:\n  image: web:1.0.0\n  netwrok:\n    port: 80\n',
    });
    const result = await validateManifests(
      settingsFor(workspace, { manifest: 'app.yaml' }),
      new SecretValues(),
      {
        offline: true,
      },
    );
    expect(validationJson(result)).toEqual({
      valid: false,
      counts: { objects: 0, files: 1, errors: 1, warnings: 0 },
      findings: [
        {
          file: 'app.yaml',
          line: 7,
          column: 3,
          rule: 'unknown-field',
          severity: 'error',
          message: 'unknown field "spec.netwrok": did you mean "network"?',
        },
      ],
    });
  });
});
