import { describe, expect, it } from 'vitest';
import { newerFieldHint } from '../../src/cluster/newer-fields.js';

describe('fields an older API server does not know', () => {
  it.each([
    ['.spec.initContainers[name="proxy"].restartPolicy', 'field not declared in schema', '1.29'],
    ['spec.template.spec.initContainers[0].restartPolicy', 'unknown field', '1.29'],
    ['spec.jobTemplate.spec.successPolicy', 'field not declared in schema', '1.31'],
    ['.spec.successPolicy.rules', 'field not declared in schema', '1.31'],
    [
      'spec.versions[0].schema.openAPIV3Schema.properties.spec.x-kubernetes-validations[rule="self.a[0] > 1"].reason',
      'field not declared in schema',
      '1.28',
    ],
  ])('%s (%s) needs Kubernetes %s', (field, message, since) => {
    expect(newerFieldHint(field, message)).toContain(`needs Kubernetes ${since} or later`);
  });

  it.each([
    ['.spec.containers[name="web"].restartPolicy', 'field not declared in schema'],
    ['.spec.initContainers[name="proxy"].restartPolicy', 'Unsupported value: "Sometimes"'],
    ['.spec.replicaz', 'field not declared in schema'],
  ])('says nothing more of %s (%s)', (field, message) => {
    expect(newerFieldHint(field, message)).toBeUndefined();
  });
});
