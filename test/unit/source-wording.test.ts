import { describe, expect, it } from 'vitest';
import type { ManifestType, Resource } from '../../src/model/resource.js';
import { parseYaml } from '../../src/manifests/yaml.js';
import { validateResources } from '../../src/validate/validate.js';
import { settingsFor } from '../support/workspace.js';

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: web:1.0.0
`;

function resourcesMessage(source?: ManifestType): string | undefined {
  const resources: Resource[] = parseYaml('m.yaml', deployment).documents.map((document) => ({
    object: document.value as Record<string, unknown>,
    origin: document.origins.documentOrigin,
    locate: (path) => document.origins.locate(path),
  }));
  return validateResources(resources, settingsFor('/'), source).find(
    (finding) => finding.rule === 'resources-declared',
  )?.message;
}

describe('advice is worded for the source the objects came from', () => {
  it.each([
    ['app', 'set spec.resources (cpu, memory) in the Application'],
    ['kubernetes', 'set resources.requests (cpu, memory) on the container'],
    ['kustomize', 'on the container in its source file, or with a patch'],
    ['helm', "through the chart's values"],
  ] as const)('%s: %s', (source, advice) => {
    const message = resourcesMessage(source);
    expect(message).toContain(advice);
    if (source !== 'app') expect(message).not.toContain('pipeops.yaml');
  });

  it('defaults to plain Kubernetes YAML', () => {
    expect(resourcesMessage()).toBe(
      'container "web" declares no resource requests or limits, so the scheduler cannot place it well: set resources.requests (cpu, memory) on the container',
    );
  });
});
