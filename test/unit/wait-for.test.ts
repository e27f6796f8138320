import { describe, expect, it } from 'vitest';
import { observedReadiness, readinessOf } from '../../src/sync/readiness.js';
import { findValues, parseKubeJsonPath } from '../../src/manifests/kube-jsonpath.js';
import type { Resource } from '../../src/model/resource.js';
import { parseWaitFor } from '../../src/manifests/wait-for.js';
import { parseYaml } from '../../src/manifests/yaml.js';
import { parseSettings } from '../../src/settings/parse-settings.js';
import { validateResources } from '../../src/validate/validate.js';
import { formatFinding } from '../../src/model/finding.js';
import { codeBlocks, readDoc, section } from '../support/docs.js';

const problemOf = (text: string) => {
  const parsed = parseWaitFor(text);
  return 'problem' in parsed ? parsed.problem : undefined;
};

describe('kubesync.io/wait-for reads kubectl wait --for', () => {
  it.each([
    ['condition=Ready', [{ kind: 'condition', type: 'Ready', status: 'True' }]],
    ['condition=Synced=True', [{ kind: 'condition', type: 'Synced', status: 'True' }]],
    ['condition=Ready=false', [{ kind: 'condition', type: 'Ready', status: 'false' }]],
    [
      'condition=Ready; condition=Synced',
      [
        { kind: 'condition', type: 'Ready' },
        { kind: 'condition', type: 'Synced' },
      ],
    ],
    ['jsonpath={.status.phase}=Running', [{ kind: 'jsonpath', value: 'Running' }]],
    ['jsonpath={.status.phase}="Running"', [{ kind: 'jsonpath', value: 'Running' }]],
    ['jsonpath=.status.phase=Running', [{ kind: 'jsonpath', value: 'Running' }]],
    [
      'jsonpath={.status.loadBalancer.ingress}',
      [{ kind: 'jsonpath', text: 'jsonpath={.status.loadBalancer.ingress}' }],
    ],
    ['jsonpath={.status.conditions[?(@.type=="Ready")].status}=True', [{ kind: 'jsonpath', value: 'True' }]],
    [
      `jsonpath={.status.conditions[?(@.reason=="a;b")].status}=True;condition=Ready`,
      [{ kind: 'jsonpath', value: 'True' }, { kind: 'condition' }],
    ],
  ])('%s', (text, clauses) => {
    expect(parseWaitFor(text)).toEqual({
      waitFor: { kind: 'all', clauses: clauses.map((clause) => expect.objectContaining(clause) as unknown) },
    });
  });

  it('refuses an expression longer than 2048 characters, before reading it', () => {
    const nested = `jsonpath={.a${'[?(@.b'.repeat(5000)}}`;
    expect(problemOf(nested)).toBe(
      `kubesync.io/wait-for is ${nested.length} characters long, more than the 2048 kubesync reads: shorten it`,
    );
  });

  it('reads none and delete, which stand alone', () => {
    expect(parseWaitFor('none')).toEqual({ waitFor: { kind: 'none' } });
    expect(parseWaitFor(' delete ')).toEqual({ waitFor: { kind: 'delete' } });
    expect(parseWaitFor('Delete')).toEqual({ waitFor: { kind: 'delete' } });
    expect(problemOf('none; condition=Ready')).toMatch(/"none" means no wait, so it stands alone/);
    expect(problemOf('delete;condition=Ready')).toMatch(/"delete" waits until the object is gone/);
  });

  it.each([
    ['', /is empty: write condition=<type>\[=<status>\], jsonpath=\{<path>\}\[=<value>\] or delete/],
    ['Ready', /"Ready" is not a wait expression: write condition=<type>/],
    ['--for=condition=Ready', /write "condition=Ready" without --for/],
    ['condition=', /names no condition: write condition=Ready/],
    ['condition=Ready=Yes', /status is True, False or Unknown, not "Yes": write condition=Ready \(True\)/],
    [
      "jsonpath='{.status.phase}'=Running",
      /quotes the path as a shell would.*write jsonpath=\{\.status\.phase\}=Running/,
    ],
    ['jsonpath={.status.phase}=', /has no value after "=".*leave out "=" to wait until the field is set/],
    ['jsonpath={.a}=b=c', /more than one "="/],
    ['jsonpath={.items..name}', /recursive descent \(\.\.\) is not supported/],
    ['jsonpath={.items[0:2]}', /slices \(\[0:2\]\) are not supported/],
    ['jsonpath={.items[a,b]}', /unions \(\[a,b\]\) are not supported/],
    ['jsonpath={.status.conditions[?(@.type==Ready)].status}=True', /quote a string \("Ready"\)/],
    ['jsonpath={}', /is not a path: write it as \{\.status\.phase\}/],
  ])('refuses %j, saying what to write', (text, problem) => {
    expect(problemOf(text)).toMatch(problem);
  });
});

describe('the JSONPath kubectl wait takes', () => {
  const pod = {
    metadata: { annotations: { 'app.kubernetes.io/name': 'web' } },
    status: {
      phase: 'Running',
      replicas: 3,
      conditions: [
        { type: 'Initialized', status: 'True' },
        { type: 'Ready', status: 'False' },
      ],
    },
  };
  it.each([
    ['{.status.phase}', ['Running']],
    ['status.replicas', [3]],
    ["{.metadata.annotations['app.kubernetes.io/name']}", ['web']],
    ['{.metadata.annotations.app\\.kubernetes\\.io/name}', ['web']],
    ['{.status.conditions[0].type}', ['Initialized']],
    ['{.status.conditions[-1].type}', ['Ready']],
    ['{.status.conditions[*].status}', ['True', 'False']],
    ['{.status.conditions[?(@.type=="Ready")].status}', ['False']],
    ["{.status.conditions[?(@.type!='Ready')].type}", ['Initialized']],
    ['{.status.conditions[?(@.reason)].type}', []],
    ['{.status.missing.field}', []],
  ])('%s finds %j', (path, values) => {
    expect(findValues(parseKubeJsonPath(path), pod)).toEqual(values);
  });
});

const cr = (annotation: string, status: Record<string, unknown> = {}, generation = 2) => ({
  apiVersion: 'example.com/v1',
  kind: 'Widget',
  metadata: { name: 'blue', generation, annotations: { 'kubesync.io/wait-for': annotation } },
  status,
});

describe('readiness from kubesync.io/wait-for', () => {
  it('waits for the condition, ignoring case as kubectl does, and says what it saw', () => {
    expect(readinessOf(cr('condition=Ready'))).toEqual({
      done: false,
      ok: false,
      message: 'waiting for condition=Ready: no Ready condition yet',
    });
    const notYet = { conditions: [{ type: 'Ready', status: 'False', reason: 'Pending', message: 'db' }] };
    expect(readinessOf(cr('condition=Ready', notYet)).message).toBe(
      'waiting for condition=Ready: Ready is False: Pending (db)',
    );
    expect(readinessOf(cr('condition=ready', { conditions: [{ type: 'Ready', status: 'true' }] }))).toEqual({
      done: true,
      ok: true,
      message: 'condition=ready',
    });
    expect(readinessOf(cr('condition=Ready=False', notYet)).ok).toBe(true);
  });

  it("ignores a condition about an older generation, as kubectl does (the condition's, else the status's)", () => {
    const stale = { conditions: [{ type: 'Ready', status: 'True', observedGeneration: 1 }] };
    expect(readinessOf(cr('condition=Ready', stale)).message).toBe(
      'waiting for condition=Ready: Ready is about generation 1, not 2',
    );
    const staleStatus = { observedGeneration: 1, conditions: [{ type: 'Ready', status: 'True' }] };
    expect(readinessOf(cr('condition=Ready', staleStatus)).done).toBe(false);
    const current = { observedGeneration: 2, conditions: [{ type: 'Ready', status: 'True' }] };
    expect(readinessOf(cr('condition=Ready', current)).ok).toBe(true);
  });

  it('uses the expression instead of the default rules: Stalled does not fail, Ready alone does not do', () => {
    const synced = {
      conditions: [
        { type: 'Stalled', status: 'True' },
        { type: 'Ready', status: 'True' },
      ],
    };
    expect(readinessOf(cr('condition=Ready', synced)).ok).toBe(true);
    expect(readinessOf(cr('condition=Ready;condition=Synced', synced)).message).toBe(
      'waiting for condition=Synced: no Synced condition yet',
    );
  });

  it('compares a jsonpath value as kubectl prints it, and waits for a field to be set without one', () => {
    expect(readinessOf(cr('jsonpath={.status.phase}=Running', { phase: 'Pending' })).message).toBe(
      'waiting for jsonpath={.status.phase}=Running: it is "Pending"',
    );
    expect(readinessOf(cr('jsonpath={.status.phase}=Running', { phase: 'Running' })).ok).toBe(true);
    expect(readinessOf(cr('jsonpath={.status.replicas}=3', { replicas: 3 })).ok).toBe(true);
    expect(readinessOf(cr('jsonpath={.status.url}', {})).message).toBe(
      'waiting for jsonpath={.status.url}: not set yet',
    );
    expect(readinessOf(cr('jsonpath={.status.endpoints}', { endpoints: [{ ip: 'a' }] })).ok).toBe(true);
  });

  it('fails, as kubectl does, when the path finds several values or an object to compare', () => {
    const two = { conditions: [{ status: 'True' }, { status: 'True' }] };
    expect(readinessOf(cr('jsonpath={.status.conditions[*].status}=True', two))).toMatchObject({
      done: true,
      ok: false,
      message: expect.stringContaining('finds 2 values, and kubectl wait needs one'),
    });
    expect(readinessOf(cr('jsonpath={.status}=x', { a: 1 })).message).toContain('finds an object');
  });

  it('none is ready at once, whatever the kind', () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', generation: 3, annotations: { 'kubesync.io/wait-for': 'none' } },
      status: { observedGeneration: 1 },
    };
    expect(readinessOf(deployment, { generation: 3 })).toEqual({
      done: true,
      ok: true,
      message: 'not waited for (kubesync.io/wait-for: none)',
    });
  });

  it('delete waits while the object is there and is ready once it is gone; gone otherwise fails', () => {
    const object = cr('delete');
    expect(readinessOf(object).message).toBe('waiting to be deleted');
    expect(observedReadiness(undefined, object)).toEqual({ done: true, ok: true, message: 'deleted' });
    expect(observedReadiness(undefined, cr('condition=Ready'))).toMatchObject({ done: true, ok: false });
  });

  it('an annotation validate would refuse fails the wait saying why', () => {
    expect(readinessOf(cr('Ready'))).toMatchObject({
      done: true,
      ok: false,
      message: expect.stringContaining('kubesync.io/wait-for: "Ready" is not a wait expression'),
    });
  });
});

describe('validate', () => {
  it('puts a wrong kubesync.io/wait-for on its line, naming the object and what to write', () => {
    const text = `apiVersion: example.com/v1
kind: Widget
metadata:
  name: blue
  annotations:
    kubesync.io/wait-for: condition=Ready=Yes
`;
    const [document] = parseYaml('k8s/widget.yaml', text).documents;
    const resource: Resource = {
      object: document!.value as Record<string, unknown>,
      origin: document!.origins.documentOrigin,
      locate: (path) => document!.origins.locate(path),
    };
    const findings = validateResources([resource], parseSettings({}, { workspace: '/' }));
    expect(findings.filter((finding) => finding.rule === 'wait-for')).toEqual([
      {
        severity: 'error',
        rule: 'wait-for',
        origin: { file: 'k8s/widget.yaml', line: 6, column: 5 },
        message:
          'Widget blue: kubesync.io/wait-for: a condition\'s status is True, False or Unknown, not "Yes": write condition=Ready (True) or condition=Ready=False',
      },
    ]);
  });
});

describe('docs/plan-and-apply.md, When an object is ready', () => {
  const text = section(readDoc('docs/plan-and-apply.md'), '## When an object is ready');

  it('every expression of the table reads as it says, and none is refused', () => {
    const expressions = [...text.matchAll(/^\| `([^`]+)`\s+\|/gm)]
      .map((match) => match[1]!)
      .filter((expression) => expression !== 'kubesync.io/wait-for');
    expect(expressions).toContain('condition=Synced=True');
    expect(expressions.length).toBeGreaterThanOrEqual(8);
    for (const expression of expressions) expect(problemOf(expression), expression).toBeUndefined();
    expect(parseWaitFor('none')).toEqual({ waitFor: { kind: 'none' } });
  });

  it('the examples it gives of a filter, a set field and several expressions hold as it says', () => {
    const status = {
      phase: 'Running',
      endpoint: 'orders.db:5432',
      conditions: [{ type: 'Ready', status: 'True' }],
    };
    for (const expression of [
      'jsonpath={.status.conditions[?(@.type=="Ready")].status}=True',
      'jsonpath={.status.endpoint}',
      'condition=Ready; jsonpath={.status.phase}=Running',
      'condition=Synced=True',
    ])
      expect(
        readinessOf(
          cr(expression, {
            ...status,
            conditions: [...status.conditions, { type: 'Synced', status: 'True' }],
          }),
        ).ok,
        expression,
      ).toBe(true);
    expect(
      readinessOf(cr('condition=Degraded=False', { conditions: [{ type: 'Degraded', status: 'False' }] })).ok,
    ).toBe(true);
    expect(readinessOf(cr('jsonpath={.status.endpoint}', { phase: 'Running' })).ok).toBe(false);
  });

  it('its YAML examples validate, and the mistake it shows is the finding validate prints', () => {
    const blocks = codeBlocks('docs/plan-and-apply.md', text).filter((block) => block.language === 'yaml');
    expect(blocks).toHaveLength(2);
    for (const block of blocks) expect(findingsOf('k8s/example.yaml', block.text)).toEqual([]);
    const database = blocks[0]!.text.replace(
      /kubesync\.io\/wait-for: .*/,
      'kubesync.io/wait-for: condition=Ready=Yes',
    );
    const [finding] = findingsOf('k8s/db.yaml', database);
    expect(text.replace(/\s*\n\s*/g, ' ')).toContain(formatFinding(finding!));
  });

  it('the shell-quoted path it warns about is refused', () => {
    expect(text).toContain("`jsonpath='{.status.phase}'=Running`");
    expect(problemOf("jsonpath='{.status.phase}'=Running")).toMatch(/quotes the path as a shell would/);
  });
});

function findingsOf(file: string, text: string) {
  const resources = parseYaml(file, text).documents.map((document): Resource => ({
    object: document.value as Record<string, unknown>,
    origin: document.origins.documentOrigin,
    locate: (path) => document.origins.locate(path),
  }));
  return validateResources(resources, parseSettings({}, { workspace: '/' })).filter(
    (finding) => finding.rule === 'wait-for',
  );
}
