import { describe, expect, it } from 'vitest';
import { selectApps, type AppOfMany } from '../../src/app/apps/app-list.js';
import { needsOrder, runInNeedsOrder } from '../../src/app/app-order.js';
import type { AppOutcome } from '../../src/app/app-outcome.js';
import { makeWorkspace } from '../support/workspace.js';

const NAMED = { manifest: 'kubesync.yaml' };

const config = (needs: Record<string, string>) =>
  `apps:\n${['db', 'api', 'web', 'operators']
    .map(
      (name) =>
        `  - name: ${name}\n    manifest: ${name}\n${needs[name] ? `    needs: ${needs[name]}\n` : ''}`,
    )
    .join('')}`;

const app = (label: string, needs: string[] = []): AppOfMany => ({
  label,
  inputs: {},
  paths: [],
  withoutCredentials: false,
  needs,
});

describe('needs in kubesync.yaml', () => {
  it('reads each app’s needs', () => {
    const workspace = makeWorkspace({ 'kubesync.yaml': config({ api: '[db]', web: '[api, operators]' }) });
    const selection = selectApps(NAMED, workspace, {});
    expect(selection.kind === 'many' && selection.apps.map(({ label, needs }) => [label, needs])).toEqual([
      ['db', []],
      ['api', ['db']],
      ['web', ['api', 'operators']],
      ['operators', []],
    ]);
  });

  it('names an app that does not exist on its line', () => {
    const workspace = makeWorkspace({ 'kubesync.yaml': config({ web: '[api, cache]' }) });
    expect(() => selectApps(NAMED, workspace, {})).toThrow(
      'kubesync.yaml:8:18: apps[2].needs[1]: "cache" names no app of kubesync.yaml (its apps: db, api, web, operators)',
    );
  });

  it('names a cycle on the need that closes it', () => {
    const workspace = makeWorkspace({
      'kubesync.yaml': config({ db: '[web]', api: '[db]', web: '[api]' }),
    });
    expect(() => selectApps(NAMED, workspace, {})).toThrow(
      'kubesync.yaml:7:13: apps[1].needs[0]: needs form a cycle (db → web → api → db), so no app can go first; remove one of these needs',
    );
    const itself = makeWorkspace({ 'kubesync.yaml': config({ api: '[api]' }) });
    expect(() => selectApps(NAMED, itself, {})).toThrow(
      'kubesync.yaml:6:13: apps[1].needs[0]: needs form a cycle (api → api), so no app can go first; remove one of these needs',
    );
  });
});

describe('the order of apps with needs', () => {
  it('shows which apps go first, and none without needs', () => {
    expect(needsOrder([app('web', ['api']), app('api', ['db']), app('db'), app('operators')])).toBe(
      'db, operators → api → web',
    );
    expect(needsOrder([app('web'), app('api')])).toBeUndefined();
    // A need this step does not run (another environment, changed-only) is not waited for.
    expect(needsOrder([app('web', ['db'])])).toBeUndefined();
  });

  const outcomeOf = (label: string, failed: boolean): AppOutcome =>
    failed ? { kind: 'failed', label, message: 'boom' } : { kind: 'skipped', label, reason: 'ran' };

  it('starts an app when its needs are done, and skips the dependents of a failed one', async () => {
    const started: string[] = [];
    const finish = new Map<string, (failed: boolean) => void>();
    const runs = runInNeedsOrder(
      [app('web', ['api']), app('api', ['db']), app('db'), app('operators'), app('docs', ['web'])],
      true,
      (each) => {
        started.push(each.label);
        return new Promise<{ outcome: AppOutcome }>((resolve) =>
          finish.set(each.label, (failed) => resolve({ outcome: outcomeOf(each.label, failed) })),
        );
      },
      (each, reason) => ({ outcome: { kind: 'skipped', label: each.label, reason } }),
    );
    await Promise.resolve();
    expect(started).toEqual(['db', 'operators']);
    finish.get('db')?.(false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['db', 'operators', 'api']);
    finish.get('api')?.(true);
    finish.get('operators')?.(false);
    const outcomes = (await Promise.all(runs)).map(({ outcome }) => outcome);
    expect(started).toEqual(['db', 'operators', 'api']);
    expect(
      outcomes.filter((outcome) => outcome.kind === 'skipped' && outcome.reason.startsWith('because')),
    ).toEqual([
      { kind: 'skipped', label: 'web', reason: 'because api failed' },
      { kind: 'skipped', label: 'docs', reason: 'because api failed' },
    ]);
  });

  it('starts every app at once for a plan, whatever fails', async () => {
    const started: string[] = [];
    const runs = runInNeedsOrder(
      [app('web', ['api']), app('api')],
      false,
      (each) => {
        started.push(each.label);
        return Promise.resolve({ outcome: outcomeOf(each.label, each.label === 'api') });
      },
      () => {
        throw new Error('a plan skips nothing');
      },
    );
    expect(started).toEqual(['web', 'api']);
    expect((await Promise.all(runs)).map(({ outcome }) => outcome.kind)).toEqual(['skipped', 'failed']);
  });
});
