import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUTS } from '../../src/settings/inputs.js';
import { runAction } from '../support/run-dist.js';
import { runActionInProcess } from '../support/run-in-process.js';
import { makeWorkspace, REPO_ROOT } from '../support/workspace.js';

const appWithTypo = `apiVersion: pipeops.io/v1
kind: Application
metadata:
  name: web
spec:
  image: ghcr.io/acme/web:1.0.0
  deploy:
    replica: 3
  resources:
    cpu: 100m
`;

describe('the action in this process, command validate', () => {
  it('puts an error annotation on the exact line of a typo and fails the step', async () => {
    const workspace = makeWorkspace({ 'pipeops.yaml': appWithTypo });
    const result = await runActionInProcess({ workspace, inputs: { command: 'validate' } });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error title=kubesync unknown-field,file=pipeops.yaml,line=8,col=5::unknown field "spec.deploy.replica": did you mean "replicas"?',
    );
    expect(result.stdout).toContain('::error::validation found 1 error; see the annotations');
    expect(result.outputs).toMatchObject({ valid: 'false', errors: '1', warnings: '0' });
    expect(result.summary).toContain(
      '| error | `pipeops.yaml:8:5` | unknown field "spec.deploy.replica": did you mean "replicas"? |',
    );
  });

  it('passes on the bundled examples and enforces the guardrails set as inputs', async () => {
    const workspace = makeWorkspace({});
    cpSync(path.join(REPO_ROOT, 'examples'), path.join(workspace, 'examples'), { recursive: true });
    const app = await runActionInProcess({
      workspace,
      inputs: { command: 'validate', manifest: 'examples/app/pipeops.yaml' },
    });
    expect(app.exitCode).toBe(0);
    expect(app.outputs).toMatchObject({ valid: 'true', errors: '0', warnings: '0' });
    expect(app.summary).toContain('✅ valid: 4 objects from 1 file (app)');

    const raw = await runActionInProcess({
      workspace,
      inputs: {
        command: 'validate',
        manifest: 'examples/raw',
        'allowed-namespaces': 'default',
        'policy-resources': 'error',
      },
    });
    expect(raw.exitCode).toBe(1);
    expect(raw.stdout).toMatch(
      /::error title=kubesync allowed-namespaces,file=examples\/raw\/apps\/api.yaml,line=6,col=3::/,
    );
  });

  it('reads every input through the runner environment, with action.yml defaults when unset', async () => {
    const workspace = makeWorkspace({
      'pipeops.yaml': appWithTypo.replace('replica:', 'replicas:').replace('1.0.0', 'latest'),
    });
    const result = await runActionInProcess({
      workspace,
      inputs: { command: 'validate', 'policy-pinned-images': 'error' },
    });
    expect(result.outputs.errors).toBe('1');
    expect(result.stdout).toContain('::error title=kubesync image-pinned,file=pipeops.yaml,line=6,col=3::');
  });

  it('rejects a bad input value with a message naming it', async () => {
    const workspace = makeWorkspace({ 'pipeops.yaml': appWithTypo });
    const result = await runActionInProcess({
      workspace,
      inputs: { command: 'validate', 'manifest-type': 'jsonnet' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error::input "manifest-type": must be one of auto, app, kubernetes, kustomize, helm (got "jsonnet")',
    );
  });

  it('sets every output and says in the summary what failed when the run cannot start', async () => {
    const workspace = makeWorkspace({});
    const result = await runActionInProcess({ workspace, inputs: { command: 'plan', manifest: 'missing' } });
    expect(result.exitCode).toBe(1);
    expect(Object.keys(result.outputs).sort()).toEqual(Object.keys(OUTPUTS).sort());
    expect(result.outputs).toMatchObject({
      valid: 'false',
      errors: '1',
      warnings: '0',
      'sync-status': 'Failed',
      'has-changes': 'false',
    });
    expect(result.summary).toContain('## kubesync failed');
    expect(result.summary).toMatch(/manifest.*missing/);
  });

  it('puts the findings inside the validate group of the log', async () => {
    const workspace = makeWorkspace({ 'pipeops.yaml': appWithTypo });
    const result = await runActionInProcess({ workspace, inputs: { command: 'validate' } });
    const group = /::group::validate\n([\s\S]*?)::endgroup::/.exec(result.stdout)?.[1] ?? '';
    expect(group).toContain('::error title=kubesync unknown-field,file=pipeops.yaml,line=8,col=5::');
  });
});

describe('the action in this process, command plan without credentials', () => {
  it('stays green but warns that no plan was made, in the log and the summary', async () => {
    const workspace = makeWorkspace({ 'pipeops.yaml': appWithTypo.replace('replica:', 'replicas:') });
    const result = await runActionInProcess({
      workspace,
      inputs: { command: 'plan' },
      env: { HOME: workspace },
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      '::warning::plan not made: no cluster credentials (validated and rendered only)',
    );
    expect(result.outputs).toMatchObject({ 'sync-status': 'Unknown', valid: 'true', 'deployment-id': '' });
    expect(result.summary).toContain('status Unknown: no cluster credentials');
  });
});

describe('the sub-actions kubesync/kubesync/.github/actions/<command>', () => {
  it('run the one bundle with their command fixed, whatever the event', async () => {
    const workspace = makeWorkspace({ 'pipeops.yaml': appWithTypo });
    const validate = await runAction({
      workspace,
      inputs: {},
      eventName: 'push',
      entry: path.join(REPO_ROOT, 'dist/validate.js'),
    });
    expect(validate.exitCode).toBe(1);
    expect(validate.outputs).toMatchObject({ valid: 'false', errors: '1' });
    expect(validate.stdout).toContain('::group::validate');

    const fixed = appWithTypo.replace('replica:', 'replicas:');
    const plan = await runAction({
      workspace: makeWorkspace({ 'pipeops.yaml': fixed }),
      inputs: {},
      eventName: 'push',
      env: { HOME: workspace },
      entry: path.join(REPO_ROOT, 'dist/plan.js'),
    });
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs).toMatchObject({ 'sync-status': 'Unknown', valid: 'true' });
    expect(plan.stdout).toContain('::warning::plan not made: no cluster credentials');
  });
});
