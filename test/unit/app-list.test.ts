import { describe, expect, it } from 'vitest';
import { selectApps, type AppOfMany } from '../../src/apps/app-list.js';
import { isAppChanged } from '../../src/apps/changed-apps.js';
import { makeWorkspace } from '../support/workspace.js';

const CONFIG = `# the shop's apps
apps:
  - name: web
    manifest: services/web
    environments:
      staging:
        namespace: web-staging
        context: staging
        inputs:
          image-tag: "1.2"
          images:
            - ghcr.io/acme/sidecar:2
      production:
        namespace: web
        kubeconfig-env: KUBECONFIG_PRODUCTION
  - name: api
    manifest: services/api/deploy.yaml
    paths: [shared/]
`;

function many(selection: ReturnType<typeof selectApps>) {
  if (selection.kind !== 'many') throw new Error('expected several apps');
  return selection;
}

describe('the apps a step runs', () => {
  it('is one app for one manifest path, as before', () => {
    const workspace = makeWorkspace({ 'pipeops.yaml': '' });
    expect(selectApps({ manifest: 'pipeops.yaml' }, workspace, {})).toEqual({ kind: 'one' });
    expect(selectApps({ manifest: 'deploy/web' }, workspace, {})).toEqual({ kind: 'one' });
  });

  it('reads kubesync.yaml at the root when manifest is left at its default', () => {
    const workspace = makeWorkspace({ 'kubesync.yaml': CONFIG });
    const { apps, skipped } = many(
      selectApps({ manifest: 'pipeops.yaml', environment: 'staging', namespace: 'step' }, workspace, {}),
    );
    expect(skipped).toEqual([]);
    expect(apps.map((app) => app.label)).toEqual(['web', 'api']);
    expect(apps[0]?.inputs).toMatchObject({
      app: 'web',
      manifest: 'services/web',
      namespace: 'web-staging',
      context: 'staging',
      'image-tag': '1.2',
      images: 'ghcr.io/acme/sidecar:2',
    });
    // An app without environments runs in each with the step's inputs.
    expect(apps[1]?.inputs).toMatchObject({
      app: 'api',
      manifest: 'services/api/deploy.yaml',
      namespace: 'step',
    });
  });

  it('takes an environment kubeconfig from the variable it names, and none when that is empty', () => {
    const workspace = makeWorkspace({ 'kubesync.yaml': CONFIG });
    const given = many(
      selectApps({ environment: 'production', kubeconfig: 'step' }, workspace, {
        KUBECONFIG_PRODUCTION: 'apiVersion: v1',
      }),
    );
    expect(given.apps[0]?.inputs.kubeconfig).toBe('apiVersion: v1');
    expect(given.apps[0]?.withoutCredentials).toBe(false);
    // A fork's pull request gets no secrets: that app has no credentials, not the step's.
    const fork = many(selectApps({ environment: 'production' }, workspace, {}));
    expect(fork.apps[0]?.withoutCredentials).toBe(true);
  });

  it('skips an app that lists environments but not the step’s, and says why', () => {
    const workspace = makeWorkspace({ 'kubesync.yaml': CONFIG });
    const { apps, skipped } = many(selectApps({ environment: 'preview' }, workspace, {}));
    expect(apps.map((app) => app.label)).toEqual(['api']);
    expect(skipped).toEqual([
      {
        label: 'web',
        reason: 'kubesync.yaml gives it no environment "preview" (it has staging, production)',
      },
    ]);
  });

  it('expands a manifest list and globs, each path its own app', () => {
    const workspace = makeWorkspace({
      'services/web/pipeops.yaml': '',
      'services/api/pipeops.yaml': '',
      'jobs/cron.yaml': '',
    });
    const { apps } = many(selectApps({ manifest: 'services/*\njobs/cron.yaml' }, workspace, {}));
    expect(apps.map((app) => app.inputs.manifest)).toEqual([
      'services/api',
      'services/web',
      'jobs/cron.yaml',
    ]);
  });

  it('refuses a glob that matches nothing, and one app name for many paths', () => {
    const workspace = makeWorkspace({ 'services/web/pipeops.yaml': '' });
    expect(() => selectApps({ manifest: 'apps/*' }, workspace, {})).toThrow(
      'input "manifest": apps/* matches nothing in the repository; fix the glob',
    );
    expect(() => selectApps({ manifest: 'services/*', app: 'web' }, workspace, {})).toThrow(
      'input "app" names one app, but "manifest" lists several',
    );
  });

  it('names the file, line and fix of each mistake in kubesync.yaml', () => {
    const workspace = makeWorkspace({
      'kubesync.yaml': `apps:
  - name: web
    manifest: services/web
    environments:
      staging:
        inputs:
          image-tagg: "1.2"
          command: apply
  - name: web
    manifest: services/other
`,
    });
    expect(() => selectApps({}, workspace, {})).toThrow(
      'kubesync.yaml:7:11: apps[0].environments.staging.inputs.image-tagg: is not an input of kubesync; did you mean image-tag?',
    );
    expect(() => selectApps({}, workspace, {})).toThrow(
      'kubesync.yaml:8:11: apps[0].environments.staging.inputs.command: is set by the step or by the app entry, not per app; remove it here',
    );
    // What a dispatch decides for the run is the step's alone.
    const overriding = makeWorkspace({
      'kubesync.yaml': 'apps:\n  - name: web\n    manifest: a\n    inputs:\n      canary-decision: manual\n',
    });
    expect(() => selectApps({}, overriding, {})).toThrow(
      'kubesync.yaml:5:7: apps[0].inputs.canary-decision: is set by the step or by the app entry, not per app; remove it here',
    );
    const duplicate = makeWorkspace({
      'kubesync.yaml': 'apps:\n  - name: web\n    manifest: a\n  - name: web\n    manifest: b\n',
    });
    expect(() => selectApps({}, duplicate, {})).toThrow(
      'kubesync.yaml:4:5: apps[1].name: "web" names an earlier app too; each app needs its own name',
    );
  });
});

describe('changed-only', () => {
  const app = (paths: string[]): AppOfMany => ({
    label: 'web',
    inputs: {},
    paths,
    withoutCredentials: false,
  });

  it('counts a change under the app’s folder, its extra paths and globs, or to kubesync.yaml', () => {
    expect(isAppChanged(app(['services/web']), ['services/web/production/pipeops.yaml'])).toBe(true);
    expect(isAppChanged(app(['services/web']), ['services/webshop/pipeops.yaml'])).toBe(false);
    expect(isAppChanged(app(['services/web', 'shared/']), ['shared/base/kustomization.yaml'])).toBe(true);
    expect(isAppChanged(app(['charts/*/values.yaml']), ['charts/web/values.yaml'])).toBe(true);
    expect(isAppChanged(app(['services/web']), ['kubesync.yaml'])).toBe(true);
    expect(isAppChanged(app(['services/web']), ['README.md'])).toBe(false);
  });
});
