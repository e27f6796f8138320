import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/model/errors.js';
import { environmentSource } from '../../src/promote/environment-source.js';
import { makeWorkspace } from '../support/workspace.js';

describe('the file a promotion edits, for each source', () => {
  it("is the environment's overlay of an Application, also under the default manifest", () => {
    const workspace = makeWorkspace({ 'manifests/base/pipeops.yaml': 'x: 1\n' });
    expect(environmentSource(workspace, 'pipeops.yaml', 'auto', 'production')).toEqual({
      kind: 'app',
      file: 'manifests/production/pipeops.yaml',
      manifest: 'manifests',
      valuesFiles: [],
    });
  });

  it("is the environment's kustomization, rendered as the manifest", () => {
    const workspace = makeWorkspace({ 'k8s/production/kustomization.yml': 'resources: []\n' });
    expect(environmentSource(workspace, 'k8s', 'auto', 'production')).toEqual({
      kind: 'kustomize',
      file: 'k8s/production/kustomization.yml',
      manifest: 'k8s/production',
      valuesFiles: [],
    });
  });

  it("is a chart's values-<environment>.yaml, added to its values files", () => {
    const workspace = makeWorkspace({ 'chart/Chart.yaml': 'name: web\n' });
    expect(environmentSource(workspace, 'chart', 'auto', 'production')).toEqual({
      kind: 'helm',
      file: 'chart/values-production.yaml',
      manifest: 'chart',
      valuesFiles: ['chart/values-production.yaml'],
    });
  });

  it('is an error for one source shared by every environment', () => {
    const workspace = makeWorkspace({ 'k8s/deployment.yaml': 'kind: Deployment\n' });
    expect(() => environmentSource(workspace, 'k8s', 'auto', 'production')).toThrow(UserError);
    expect(() => environmentSource(workspace, 'k8s', 'auto', 'production')).toThrow(
      /promote writes into production's own source, and k8s has none/,
    );
  });
});
