import { describe, expect, it } from 'vitest';
import { inFlagWords } from '../../src/cli/flag-wording.js';

describe('the CLI names settings as its flags', () => {
  it.each([
    [
      'namespaces "web" not found: add the Namespace to the manifests or set create-namespace: true',
      'namespaces "web" not found: add the Namespace to the manifests or pass --create-namespace',
    ],
    [
      'the API server did not accept the credentials (401 Unauthorized); check the kubeconfig input and that its token has not expired',
      'the API server did not accept the credentials (401 Unauthorized); check --kubeconfig and that its token has not expired',
    ],
    [
      'Remove them from the manifest, change them with that tool, or set force-conflicts: true to make kubesync take them over',
      'Remove them from the manifest, change them with that tool, or pass --force-conflicts to make kubesync take them over',
    ],
    [
      'To take them over, set allow-adoption: true in the workflow, or allow-adoption: annotated',
      'To take them over, pass --allow-adoption, or allow-adoption: annotated',
    ],
    [
      'remove it, or add rbac.authorization.k8s.io/ClusterRoleBinding to allowed-kinds in the workflow',
      'remove it, or add rbac.authorization.k8s.io/ClusterRoleBinding to --allowed-kinds',
    ],
    [
      'set the doppler-token input to a Doppler service token',
      'set --doppler-token to a Doppler service token',
    ],
    ['input "manifest": apps/* matches nothing', '--manifest: apps/* matches nothing'],
    ['set prune-propagation: Foreground', 'pass --prune-propagation Foreground'],
    ['set wait: false', 'pass --no-wait'],
  ])('%s', (workflowWords, terminalWords) => {
    expect(inFlagWords(workflowWords)).toBe(terminalWords);
  });

  it('leaves the names of workflow-only inputs and of anything else as they are', () => {
    for (const text of [
      'Refuse unless require-plan-match: true; set require-plan-match: true in the workflow',
      'the github-token input needs pull-requests: write',
      'set spec.image (e.g. ghcr.io/acme/web)',
    ])
      expect(inFlagWords(text)).toBe(text);
  });
});
