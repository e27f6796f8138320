import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KubeApiError } from '../../src/cluster/api-error.js';
import { rejectedFields } from '../../src/cluster/rejected-fields.js';
import type { FieldPath } from '../../src/model/origin.js';
import type { KubeObject } from '../../src/model/object.js';

/** Answers of a real kube-apiserver v1.26.5 to server-side apply (`apply-*`) and create (`create-*`). */
const FIXTURES = path.join(import.meta.dirname, '../fixtures/api-errors');

interface Fixture {
  status: number;
  request: { method: string; path: string };
  object: KubeObject;
  body: { message: string; details?: { causes?: unknown[] } };
}

function load(name: string): { error: KubeApiError; object: KubeObject; fixture: Fixture } {
  const fixture = JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as Fixture;
  const { status, request, body, object } = fixture;
  return {
    error: KubeApiError.fromResponse(status, request.method, request.path, JSON.stringify(body)),
    object,
    fixture,
  };
}

const web = ['spec', 'template', 'spec', 'containers', 1];
const inBoth = (name: string, paths: FieldPath[]): [string, FieldPath[]][] => [
  [`apply-${name}`, paths],
  [`create-${name}`, paths],
];

const EXPECTED_PATHS: [string, FieldPath[]][] = [
  ...inBoth('negative-replicas', [['spec', 'replicas']]),
  ...inBoth('empty-image', [[...web, 'image']]),
  ...inBoth('invalid-label-value', [['metadata', 'labels']]),
  ...inBoth('invalid-name', [['metadata', 'name']]),
  ...inBoth('two-errors', [
    ['spec', 'replicas'],
    [...web, 'image'],
  ]),
  ...inBoth('service-port-out-of-range', [['spec', 'ports', 1, 'port']]),
  ...inBoth('service-two-ports-out-of-range', [
    ['spec', 'ports', 0, 'port'],
    ['spec', 'ports', 1, 'port'],
  ]),
  ...inBoth('configmap-invalid-key', [['data', 'bad key!']]),
  ...inBoth('container-without-name', [web]),
  ...inBoth('missing-required-fields', [
    ['spec'],
    ['spec', 'template', 'metadata', 'labels'],
    ['spec', 'template', 'spec'],
  ]),
  ...inBoth('unknown-top-level-field', [['spek']]),
  ...inBoth('unknown-spec-field', [['spec', 'foo']]),
  ...inBoth('unknown-container-field', [[...web, 'imagee']]),
  ...inBoth('unknown-container-port-field', [[...web, 'ports', 1, 'nmae']]),
  ...inBoth('unknown-env-field', [[...web, 'env', 1, 'valu']]),
  ...inBoth('unknown-fields-several', [
    ['metadata', 'labelz'],
    [...web, 'imagePullPolicyy'],
    ['spec', 'foo'],
  ]),
  ...inBoth('service-unknown-port-field', [['spec', 'ports', 1, 'targetPortt']]),
  ...inBoth('service-port-no-protocol-unknown-field', [['spec', 'ports', 1, 'targetPortt']]),
  ...inBoth('configmap-unknown-field', [['dat']]),
  ...inBoth('replicas-string', [['spec', 'replicas']]),
  ...inBoth('containers-not-list', [['spec', 'template', 'spec', 'containers']]),
  ...inBoth('container-port-string', [[...web, 'ports', 0, 'containerPort']]),
  ...inBoth('configmap-value-not-string', [['data', 'count']]),
  ...inBoth('finalizer-not-string', [['metadata', 'finalizers', 1]]),
  ...inBoth('dotted-label-not-string', [['metadata', 'labels', 'app.kubernetes.io/name']]),
  ['apply-duplicate-container-names', [['spec', 'template', 'spec', 'containers']]],
  ['create-duplicate-container-names', [[...web, 'name']]],
  // The YAML decoder of server-side apply names only a line of the body, not a field.
  ['apply-duplicate-field', []],
  ['create-duplicate-field', [['spec', 'replicas']]],
  [
    'apply-conflict',
    [
      ['data', 'mode'],
      ['data', 'size'],
    ],
  ],
];

describe('rejectedFields on real API server answers', () => {
  it('has an expectation for every fixture', () => {
    const fixtures = readdirSync(FIXTURES).map((file) => path.basename(file, '.json'));
    expect(EXPECTED_PATHS.map(([name]) => name).sort()).toEqual(fixtures.sort());
  });

  it.each(EXPECTED_PATHS)('%s', (name, paths) => {
    const { error, object } = load(name);
    expect(rejectedFields(error, object).map((field) => field.path)).toEqual(paths);
  });

  const invalidCases = EXPECTED_PATHS.filter(([name]) => load(name).fixture.status === 422);
  it.each(invalidCases)('%s: reads the same fields from the message when there are no causes', (name) => {
    const { error, object } = load(name);
    const withoutCauses = new KubeApiError(
      error.status,
      error.verb,
      error.path,
      error.reason,
      error.apiMessage,
    );
    expect(rejectedFields(withoutCauses, object)).toEqual(rejectedFields(error, object));
  });
});

describe('rejectedFields messages', () => {
  const messagesOf = (name: string) => {
    const { error, object } = load(name);
    return rejectedFields(error, object).map((field) => field.message);
  };

  it('keeps the message of each cause', () => {
    expect(messagesOf('create-service-two-ports-out-of-range')).toEqual([
      'Invalid value: 0: must be between 1 and 65535, inclusive',
      'Invalid value: 70000: must be between 1 and 65535, inclusive',
    ]);
  });

  it('names the missing field when the path was cut to an existing one', () => {
    expect(messagesOf('apply-container-without-name')).toEqual([
      'spec.template.spec.containers[1].name: Required value',
    ]);
  });

  it('says what server-side apply and strict decoding found', () => {
    expect(messagesOf('apply-unknown-container-field')).toEqual(['field not declared in schema']);
    expect(messagesOf('apply-replicas-string')).toEqual(['expected numeric (int or float), got string']);
    expect(messagesOf('create-unknown-fields-several')).toEqual([
      'unknown field',
      'unknown field',
      'unknown field',
    ]);
    expect(messagesOf('create-duplicate-field')).toEqual(['duplicate field']);
    expect(messagesOf('create-replicas-string')).toEqual(['cannot unmarshal string into int32']);
  });
});

describe('rejectedFields edge cases', () => {
  const invalid = (message: string) =>
    new KubeApiError(422, 'PATCH', '/api/v1/namespaces/default/configmaps/x', 'Invalid', message);

  it('reads a field path without a leading dot and a server-side apply path with one alike', () => {
    const object = { spec: { replicas: -1 } };
    const paths = (message: string) => rejectedFields(invalid(message), object).map((field) => field.path);
    expect(paths('X "x" is invalid: spec.replicas: bad')).toEqual(
      paths('X "x" is invalid: .spec.replicas: bad'),
    );
  });

  it('finds nothing when no field of the object is named', () => {
    const object = { kind: 'ConfigMap' };
    expect(rejectedFields(invalid('X "x" is invalid: spec.replicas: bad'), object)).toEqual([]);
    expect(rejectedFields(invalid('admission webhook "x" denied the request'), object)).toEqual([]);
  });

  it('does not take an index past the end of a list', () => {
    const object = { spec: { ports: [{ port: 1 }] } };
    expect(rejectedFields(invalid('X "x" is invalid: spec.ports[3].port: bad'), object)).toEqual([
      { path: ['spec', 'ports'], field: 'spec.ports[3].port', message: 'spec.ports[3].port: bad' },
    ]);
  });
});
