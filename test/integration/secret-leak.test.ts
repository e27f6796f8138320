import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../fake-github/server.js';
import type { FakeKube } from '../fake-kube/server.js';
import { SERVICE_TOKEN, startDoppler } from '../support/doppler.js';
import { startFake } from '../support/engine.js';
import { pullRequestEvent, runActionWithGitHub, startGitHub } from '../support/github.js';
import type { ProcessResult } from '../support/run-dist.js';
import { DIST_ENTRY, runnerLog, runProcess } from '../support/run-dist.js';
import { kubeconfigFile, makeWorkspace } from '../support/workspace.js';

/** Every value that must reach the cluster and nowhere else. */
const DOPPLER_DATABASE_URL = 'postgres://app:Zq8-prod-pw-77@db.internal:5432/shop';
const DOPPLER_API_KEY = 'sk_live_51HxQ9kDoppler';
const DOPPLER_ROTATED = 'postgres://app:rotated pw+88&x@db.internal:5432/shop';
const LIVE_DB_PASSWORD = 'seeded-db-pass-5521';
const RAW_STRING_DATA = 'raw-stringdata-tok-3141';
const RAW_DATA = 'raw-data-cert-2718/+=';
const SECRETS = [
  DOPPLER_DATABASE_URL,
  DOPPLER_API_KEY,
  DOPPLER_ROTATED,
  LIVE_DB_PASSWORD,
  RAW_STRING_DATA,
  RAW_DATA,
  SERVICE_TOKEN,
  // The kubeconfig's token and the GitHub token of these fakes.
  'fake-token',
  'ghs_faketoken',
];

/** A cut message can carry part of a value: every 12-character piece of it counts as a leak. */
const PIECE = 12;

/** The forms a value leaks in: as written or in part, base64 (as in a Secret's data), and URL-encoded. */
function leakForms(value: string): string[] {
  const pieces = Array.from({ length: Math.max(1, value.length - PIECE + 1) }, (_, start) =>
    value.slice(start, start + PIECE),
  );
  return [
    ...pieces,
    Buffer.from(value).toString('base64'),
    Buffer.from(value).toString('base64').replace(/=+$/, ''),
    encodeURIComponent(value),
    encodeURIComponent(value).replace(/%20/g, '+'),
  ];
}

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(root, file))
    .filter((file) => statSync(file).isFile());
}

const SHA = '0123456789abcdef0123456789abcdef01234567';

const APP = `apiVersion: pipeops.io/v1
kind: Application
metadata:
  name: web
spec:
  image: ghcr.io/acme/web:1.4.2
  resources: {cpu: 100m, memory: 128Mi}
  network: {port: 8080, public: true, domains: [shop.example.com]}
  env:
    - {name: DATABASE_URL, valueFrom: doppler://production/DATABASE_URL}
    - {name: API_KEY, valueFrom: doppler://production/API_KEY}
    - {name: DB_PASSWORD, valueFrom: {secretRef: {name: db, key: password}}}
`;

const RAW = {
  'k8s/secret.yaml': `apiVersion: v1
kind: Secret
metadata:
  name: api-credentials
stringData:
  token: ${RAW_STRING_DATA}
data:
  cert: ${Buffer.from(RAW_DATA).toString('base64')}
`,
  'k8s/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 1
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:2.0.1
          resources: {requests: {cpu: 100m}}
          envFrom: [{secretRef: {name: api-credentials}}]
`,
};

/** Quotes every value of a Secret it is shown, decoded and as sent, as careless webhooks do. */
function quotingWebhook(object: Record<string, unknown>): string | undefined {
  if (object.kind !== 'Secret') return undefined;
  const data = (object.data ?? {}) as Record<string, string>;
  const stringData = (object.stringData ?? {}) as Record<string, string>;
  const quoted = [
    ...Object.entries(data).map(
      ([key, value]) => `${key}="${Buffer.from(value, 'base64').toString()}" (${value})`,
    ),
    ...Object.entries(stringData).map(([key, value]) => `${key}="${value}"`),
  ];
  return quoted.length > 0 ? `${quoted.join(', ')} look like production credentials` : undefined;
}

interface Channels {
  readonly name: string;
  readonly text: string;
}

/**
 * Runs the bundled action and the CLI through validate, plan and apply, success and failure, and
 * collects everything they wrote outside the cluster.
 */
class Scenario {
  readonly channels: Channels[] = [];
  readonly addMasks = new Set<string>();

  constructor(
    readonly kube: FakeKube,
    readonly github: FakeGitHub,
    readonly workspace: string,
    readonly inputs: Record<string, string>,
  ) {}

  async action(label: string, eventName: string, inputs: Record<string, string> = {}, event: unknown = {}) {
    const result = await runActionWithGitHub(this.github, {
      workspace: this.workspace,
      eventName,
      event,
      inputs: {
        kubeconfig: this.kube.kubeconfig(),
        environment: 'production',
        ...this.inputs,
        ...inputs,
      },
    });
    for (const line of result.stdout.split('\n')) {
      if (line.startsWith('::add-mask::')) this.addMasks.add(line.slice('::add-mask::'.length));
    }
    this.channels.push(
      { name: `${label}: stdout`, text: runnerLog(result.stdout) },
      { name: `${label}: stderr`, text: result.stderr },
      ...filesUnder(result.runnerTemp).map((file) => ({
        name: `${label}: ${path.basename(file)} in RUNNER_TEMP`,
        text: readFileSync(file, 'utf8'),
      })),
    );
    return result;
  }

  async cli(label: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<ProcessResult> {
    const result = await runProcess([DIST_ENTRY, ...args], { HOME: this.workspace, ...env }, this.workspace);
    this.channels.push(
      { name: `${label}: stdout`, text: result.stdout },
      { name: `${label}: stderr`, text: result.stderr },
    );
    return result;
  }

  /** Everything sent to GitHub, and every file under the workspace after all runs. */
  collectTheRest(): Channels[] {
    return [
      ...this.channels,
      ...this.github.calls.map((call) => ({
        name: `GitHub ${call.operation}`,
        text: `${call.path} ${JSON.stringify(call.query)} ${JSON.stringify(call.body ?? {})}`,
      })),
      ...filesUnder(this.workspace).map((file) => ({
        name: `workspace ${path.relative(this.workspace, file)}`,
        text: readFileSync(file, 'utf8'),
      })),
    ];
  }
}

function expectNoLeaks(channels: readonly Channels[], manifests: Record<string, string>) {
  const leaks: string[] = [];
  for (const channel of channels) {
    // The user's own manifests hold what they hold; everything else must hold no secret in any form.
    if (Object.values(manifests).includes(channel.text)) continue;
    for (const value of SECRETS) {
      for (const form of leakForms(value)) {
        if (channel.text.includes(form)) leaks.push(`${channel.name} contains ${JSON.stringify(form)}`);
      }
    }
  }
  expect(leaks).toEqual([]);
}

function decodedSecret(kube: FakeKube, name: string): Record<string, string> {
  const data = (kube.get('v1', 'Secret', name)?.data ?? {}) as Record<string, string>;
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, Buffer.from(value, 'base64').toString()]),
  );
}

describe('no secret value leaves for anywhere but the cluster', () => {
  it('Doppler and secretRef values: validate, plan, apply, an API error quoting the Secret, a wait that times out', async () => {
    const kube = await startFake();
    const github = await startGitHub();
    const doppler = await startDoppler();
    kube.seed({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db', namespace: 'default' },
      data: { password: Buffer.from(LIVE_DB_PASSWORD).toString('base64') },
    });
    const files = { 'pipeops.yaml': APP };
    const workspace = makeWorkspace(files);
    const scenario = new Scenario(kube, github, workspace, {
      'doppler-token': SERVICE_TOKEN,
      'doppler-api-url': doppler.url,
    });

    expect((await scenario.action('validate', 'push', { command: 'validate' })).exitCode).toBe(0);
    const plan = await scenario.action('plan', 'pull_request', {}, pullRequestEvent(7, SHA));
    expect(plan.exitCode).toBe(0);
    expect(github.comments[0]?.body).toContain('from doppler://production/DATABASE_URL');

    const applied = await scenario.action('apply', 'push');
    expect(applied.exitCode, applied.stdout).toBe(0);
    expect(decodedSecret(kube, 'web-doppler')).toEqual({
      DATABASE_URL: DOPPLER_DATABASE_URL,
      API_KEY: DOPPLER_API_KEY,
    });

    doppler.setSecret('shop', 'production', 'DATABASE_URL', DOPPLER_ROTATED);
    const rotatedPlan = await scenario.action(
      'plan after rotation',
      'pull_request',
      {},
      pullRequestEvent(7, SHA),
    );
    expect(github.comments[0]?.body).toContain(
      'DATABASE_URL: from doppler://production/DATABASE_URL (after)',
    );
    expect(rotatedPlan.outputs['sync-status']).toBe('OutOfSync');

    kube.setOptions({ admission: (object, { dryRun }) => (dryRun ? undefined : quotingWebhook(object)) });
    const refused = await scenario.action('apply refused by a webhook', 'push');
    expect(refused.exitCode).toBe(1);
    expect(runnerLog(refused.stdout)).toContain('admission webhook "policy.example.com" denied the request');
    expect(runnerLog(refused.stdout)).toContain('DATABASE_URL="***"');
    kube.setOptions({ admission: undefined });

    kube.setOptions({ behaviour: () => 'stuck' });
    const stuck = await scenario.action('apply that times out', 'push', { timeout: '1s' });
    expect(stuck.exitCode).toBe(1);
    expect(stuck.summary).toContain('rolled back: Secret default/web-doppler: restored');
    expect(decodedSecret(kube, 'web-doppler').DATABASE_URL).toBe(DOPPLER_DATABASE_URL);

    for (const value of [DOPPLER_DATABASE_URL, DOPPLER_API_KEY, DOPPLER_ROTATED, SERVICE_TOKEN]) {
      expect([...scenario.addMasks].map(unescapeCommand), value).toContain(value);
    }
    expect(github.deploymentStatuses.map((status) => status.body.state)).toContain('failure');
    expectNoLeaks(scenario.collectTheRest(), files);
  });

  it('Secrets in raw manifests: validate, plan, apply, a quoting API error, a timeout, and the CLI', async () => {
    const kube = await startFake();
    const github = await startGitHub();
    const workspace = makeWorkspace(RAW);
    const scenario = new Scenario(kube, github, workspace, { manifest: 'k8s' });

    expect((await scenario.action('validate', 'push', { command: 'validate' })).exitCode).toBe(0);
    expect((await scenario.action('plan', 'pull_request', {}, pullRequestEvent(8, SHA))).exitCode).toBe(0);
    expect(github.comments[0]?.body).toContain('cert: "***"');

    kube.setOptions({ admission: (object) => quotingWebhook(object) });
    const refusedDryRun = await scenario.action(
      'plan refused by a webhook',
      'pull_request',
      {},
      pullRequestEvent(8, SHA),
    );
    expect(runnerLog(refusedDryRun.stdout)).toContain('token="***"');
    kube.setOptions({ admission: (object, { dryRun }) => (dryRun ? undefined : quotingWebhook(object)) });
    expect((await scenario.action('apply refused by a webhook', 'push')).exitCode).toBe(1);
    kube.setOptions({ admission: undefined });

    expect((await scenario.action('apply', 'push')).exitCode).toBe(0);
    expect(decodedSecret(kube, 'api-credentials')).toEqual({ token: RAW_STRING_DATA, cert: RAW_DATA });

    // Someone changed the image by hand: the CLI apply takes it back, the rollout never finishes.
    const drifted = structuredClone(kube.get('apps/v1', 'Deployment', 'api'))!;
    const pod = drifted.spec as { template: { spec: { containers: { image: string }[] } } };
    pod.template.spec.containers[0]!.image = 'ghcr.io/acme/api:hotfix';
    kube.seed(drifted);
    kube.setOptions({ behaviour: () => 'stuck' });
    const kubeconfig = kubeconfigFile(kube.kubeconfig());
    await scenario.cli('cli plan', ['plan', 'k8s', '--kubeconfig', kubeconfig]);
    const cliApply = await scenario.cli('cli apply', [
      'apply',
      'k8s',
      '--kubeconfig',
      kubeconfig,
      '--timeout',
      '1s',
      '--force-conflicts',
    ]);
    expect(cliApply.exitCode, cliApply.stderr).toBe(2);
    expect(cliApply.stdout).toContain('rolled back');
    const render = await scenario.cli('cli render', ['render', 'k8s']);
    expect(render.stdout).toContain('token: "***"');
    expect(render.stdout).toContain('cert: "***"');

    // The one exception, asked for on a terminal: render --show-secrets prints the values as written.
    const shown = await runProcess(
      [DIST_ENTRY, 'render', 'k8s', '--show-secrets'],
      { HOME: workspace },
      workspace,
    );
    expect(shown.stdout).toContain(RAW_STRING_DATA);

    expectNoLeaks(scenario.collectTheRest(), RAW);
  });
});

/** `::add-mask::` values are escaped like every workflow command's data. */
function unescapeCommand(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
