import { describe, expect, it } from 'vitest';
import { selectApps, type AppOfMany } from '../../src/app/apps/app-list.js';
import { isAppChanged } from '../../src/app/apps/changed-apps.js';
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

const NAMED = { manifest: 'kubesync.yaml' };

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

  it('reads kubesync.yaml when the workflow names it', () => {
    const workspace = makeWorkspace({ 'kubesync.yaml': CONFIG });
    const { apps, skipped } = many(
      selectApps(
        { manifest: 'kubesync.yaml', environment: 'staging', namespace: 'step', 'app-contexts': 'staging' },
        workspace,
        {},
      ),
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

  it('never switches a one-app workflow to kubesync.yaml because the file appeared in the repository', () => {
    const workspace = makeWorkspace({ 'kubesync.yaml': CONFIG, 'pipeops.yaml': '' });
    expect(selectApps({}, workspace, {})).toEqual({ kind: 'one' });
    expect(selectApps({ manifest: 'pipeops.yaml' }, workspace, {})).toEqual({ kind: 'one' });
    // Without the default manifest, the error says how to opt in.
    const only = makeWorkspace({ 'kubesync.yaml': CONFIG });
    expect(() => selectApps({}, only, {})).toThrow(
      'pipeops.yaml does not exist, but kubesync.yaml does: to run the apps it lists, set manifest: kubesync.yaml in the workflow',
    );
  });

  it('takes an environment kubeconfig from the variable it names, when the workflow lists it', () => {
    const workspace = makeWorkspace({ 'kubesync.yaml': CONFIG });
    const step = {
      manifest: 'kubesync.yaml',
      environment: 'production',
      'app-kubeconfig-env': 'KUBECONFIG_PRODUCTION',
    };
    const given = many(
      selectApps({ ...step, kubeconfig: 'step' }, workspace, { KUBECONFIG_PRODUCTION: 'apiVersion: v1' }),
    );
    expect(given.apps[0]?.inputs.kubeconfig).toBe('apiVersion: v1');
    expect(given.apps[0]?.withoutCredentials).toBe(false);
    // A fork's pull request gets no secrets: that app has no credentials, not the step's.
    const fork = many(selectApps(step, workspace, {}));
    expect(fork.apps[0]?.withoutCredentials).toBe(true);
  });

  it('refuses a kubeconfig variable or context the workflow does not list, naming the line', () => {
    const workspace = makeWorkspace({ 'kubesync.yaml': CONFIG });
    const env = { KUBECONFIG_PRODUCTION: 'apiVersion: v1', GITHUB_TOKEN: 'ghs_secret' };
    expect(() =>
      selectApps({ manifest: 'kubesync.yaml', environment: 'production' }, workspace, env),
    ).toThrow(
      "kubesync.yaml:15:9: apps[0].environments.production.kubeconfig-env: names KUBECONFIG_PRODUCTION, which the workflow does not list in its app-kubeconfig-env input; only the workflow chooses clusters: add KUBECONFIG_PRODUCTION to app-kubeconfig-env in the kubesync step's `with:`, or remove kubeconfig-env here",
    );
    expect(() =>
      selectApps(
        { manifest: 'kubesync.yaml', environment: 'staging', 'app-contexts': 'dev' },
        workspace,
        env,
      ),
    ).toThrow(
      'kubesync.yaml:8:9: apps[0].environments.staging.context: names staging, which the workflow does not list in its app-contexts input',
    );
  });

  it('skips an app that lists environments but not the step’s, and says why', () => {
    const workspace = makeWorkspace({ 'kubesync.yaml': CONFIG });
    const { apps, skipped } = many(
      selectApps({ manifest: 'kubesync.yaml', environment: 'preview' }, workspace, {}),
    );
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
    const staging = { ...NAMED, environment: 'staging' };
    expect(() => selectApps(staging, workspace, {})).toThrow(
      'kubesync.yaml:7:11: apps[0].environments.staging.inputs.image-tagg: is not an input of kubesync; did you mean image-tag?',
    );
    expect(() => selectApps(staging, workspace, {})).toThrow(
      "kubesync.yaml:8:11: apps[0].environments.staging.inputs.command: is a policy input, which only the workflow sets (credentials, targets, guardrails and every allow-, require- and force- switch); set it in the kubesync step's `with:` or remove it here",
    );
    // What a dispatch decides for the run is the step's alone.
    const overriding = makeWorkspace({
      'kubesync.yaml': 'apps:\n  - name: web\n    manifest: a\n    inputs:\n      canary-decision: manual\n',
    });
    expect(() => selectApps(NAMED, overriding, {})).toThrow(
      'kubesync.yaml:5:7: apps[0].inputs.canary-decision: is a policy input, which only the workflow sets',
    );
    const duplicate = makeWorkspace({
      'kubesync.yaml': 'apps:\n  - name: web\n    manifest: a\n  - name: web\n    manifest: b\n',
    });
    expect(() => selectApps(NAMED, duplicate, {})).toThrow(
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
    needs: [],
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
