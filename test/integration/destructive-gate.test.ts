import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pullRequestEvent, runActionWithGitHub, startGitHub } from '../support/github.js';
import { startFake } from '../support/engine.js';
import { makeWorkspace } from '../support/workspace.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

const claim = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 1Gi}}
`;
const settings = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  LOG_LEVEL: info\n';

describe('the gate on destructive changes, as the action runs it', () => {
  it('warns in the pull request, refuses the push without the label, and applies it with the label', async () => {
    const kube = await startFake();
    const github = await startGitHub();
    const workspace = makeWorkspace({ 'k8s/claim.yaml': claim, 'k8s/settings.yaml': settings });
    const trigger = (eventName: string, event: unknown = {}) =>
      runActionWithGitHub(github, {
        workspace,
        eventName,
        event,
        inputs: { kubeconfig: kube.kubeconfig(), manifest: 'k8s', app: 'shop', prune: 'true', wait: 'false' },
      });
    expect((await trigger('push')).exitCode).toBe(0);
    rmSync(path.join(workspace, 'k8s/claim.yaml'));

    const planned = await trigger('pull_request', pullRequestEvent(7, SHA));
    expect(planned.outputs).toMatchObject({ destructive: '1', deleted: '1' });
    const body = github.comments[0]?.body ?? '';
    // The comment opens with the warning, right after its hidden marker line.
    expect(body.split('\n').slice(1, 5)).toEqual([
      '> [!WARNING]',
      '> **1 destructive change**: data or running workloads may be lost. Merging does not apply them unless approved: add the label `kubesync/allow-destructive` to this pull request before merging, or run the apply with `allow-destructive: true`.',
      '>',
      '> - PersistentVolumeClaim default/data: prunes the PersistentVolumeClaim',
    ]);

    github.pullsOfCommit.set(SHA, [7]);
    const refused = await trigger('push');
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain('PersistentVolumeClaim default/data: prunes the PersistentVolumeClaim');
    expect(refused.stdout).toContain('set allow-destructive: true');
    expect(github.statuses.at(-1)).toMatchObject({
      state: 'failure',
      description: expect.stringMatching(
        /^Failed: refused 1 destructive change without approval: PersistentVolumeClaim default\/data/,
      ),
    });
    expect(kube.get('v1', 'PersistentVolumeClaim', 'data')).toBeDefined();

    github.pullLabels.set(7, ['kubesync/allow-destructive']);
    const approved = await trigger('push');
    expect(approved.exitCode, approved.stdout).toBe(0);
    expect(approved.outputs).toMatchObject({ destructive: '1', 'sync-status': 'Synced' });
    expect(approved.stdout).toContain('pull request #7 carries kubesync/allow-destructive');
    expect(kube.get('v1', 'PersistentVolumeClaim', 'data')).toBeUndefined();
    expect(kube.get('v1', 'ConfigMap', 'settings')).toBeDefined();
  });
});
