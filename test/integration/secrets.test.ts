import { describe, expect, it } from 'vitest';
import { CHECKSUM_ANNOTATION } from '../../src/secrets/doppler-secret.js';
import { DopplerClient } from '../../src/secrets/doppler.js';
import { SERVICE_TOKEN, startDoppler } from '../support/doppler.js';
import { engine, recordingLog, startFake } from '../support/engine.js';
import { makeWorkspace } from '../support/workspace.js';

const PROD_DATABASE_URL = 'postgres://app:Zq8-prod-pw-77@db.internal:5432/shop';

const app = (env: string) => `apiVersion: pipeops.io/v1
kind: Application
metadata:
  name: web
spec:
  image: ghcr.io/acme/web:1.4.2
  resources:
    cpu: 100m
    memory: 128Mi
  env:
${env}`;

const DOPPLER_ENV = `    - name: LOG_LEVEL
      value: info
    - name: DATABASE_URL
      valueFrom: doppler://production/DATABASE_URL
    - name: API_KEY
      valueFrom: doppler://production/API_KEY
`;

const SECRET_REF_ENV = `    - name: DB_PASSWORD
      valueFrom:
        secretRef: {name: db, key: password}
`;

function decoded(secret: Record<string, unknown> | undefined): Record<string, string> {
  const data = (secret?.data ?? {}) as Record<string, string>;
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, Buffer.from(value, 'base64').toString()]),
  );
}

function templateAnnotations(deployment: Record<string, unknown> | undefined): Record<string, string> {
  const spec = deployment?.spec as { template: { metadata?: { annotations?: Record<string, string> } } };
  return spec.template.metadata?.annotations ?? {};
}

async function setUp(env = DOPPLER_ENV) {
  const kube = await startFake();
  const doppler = await startDoppler();
  const workspace = makeWorkspace({ 'pipeops.yaml': app(env) });
  const withToken = {
    manifest: 'pipeops.yaml',
    'doppler-token': SERVICE_TOKEN,
    'doppler-api-url': doppler.url,
  };
  return { kube, doppler, workspace, run: engine(kube, workspace, withToken) };
}

describe('Doppler values', () => {
  it('are fetched at apply, one request per config, and written into <app>-doppler with a checksum that rolls the pods', async () => {
    const { kube, doppler, run } = await setUp();
    const applied = await run.apply();
    expect(applied.problems).toEqual([]);
    expect(applied.syncStatus).toBe('Synced');
    expect(doppler.requests).toEqual([
      expect.objectContaining({
        path: '/v3/configs/config/secrets/download',
        status: 200,
        query: { format: 'json', config: 'production' },
      }),
    ]);

    const secret = kube.get('v1', 'Secret', 'web-doppler');
    expect(decoded(secret)).toEqual({ DATABASE_URL: PROD_DATABASE_URL, API_KEY: 'sk_live_51HxQ9kDoppler' });
    expect((secret?.metadata as { labels: Record<string, string> }).labels).toHaveProperty(
      'applyset.kubernetes.io/part-of',
    );
    const deployment = kube.get('apps/v1', 'Deployment', 'web');
    const checksum = templateAnnotations(deployment)[CHECKSUM_ANNOTATION];
    expect(checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    const container = (deployment?.spec as { template: { spec: { containers: { env: unknown[] }[] } } })
      .template.spec.containers[0];
    expect(container?.env).toContainEqual({
      name: 'DATABASE_URL',
      valueFrom: { secretKeyRef: { name: 'web-doppler', key: 'DATABASE_URL' } },
    });

    expect((await run.plan()).syncStatus).toBe('Synced');

    doppler.setSecret(
      'shop',
      'production',
      'DATABASE_URL',
      'postgres://app:rotated-pw-88@db.internal:5432/shop',
    );
    const rotated = await run.plan();
    expect(rotated.syncStatus).toBe('OutOfSync');
    const secretChange = rotated.plan?.changes.find(
      (change) => change.subject === 'Secret default/web-doppler',
    );
    expect(secretChange?.action).toBe('update');
    expect(secretChange?.diff).toContain('-  DATABASE_URL: from doppler://production/DATABASE_URL (before)');
    expect(secretChange?.diff).toContain('+  DATABASE_URL: from doppler://production/DATABASE_URL (after)');
    expect(secretChange?.diff).not.toContain('API_KEY: from doppler://production/API_KEY (');
    const deploymentChange = rotated.plan?.changes.find(
      (change) => change.subject === 'Deployment default/web',
    );
    expect(deploymentChange?.diff).toContain(CHECKSUM_ANNOTATION);
    // The checksum is masked too: a hash of a short value could be guessed from a PR comment.
    expect(deploymentChange?.diff).toContain(`-        ${CHECKSUM_ANNOTATION}: "*** (before)"`);
    expect(deploymentChange?.diff).toContain(`+        ${CHECKSUM_ANNOTATION}: "*** (after)"`);
    expect(deploymentChange?.diff).not.toContain(checksum);
    for (const change of rotated.plan?.changes ?? [])
      expect(change.diff).not.toMatch(/rotated-pw-88|Zq8-prod-pw-77/);

    await run.apply();
    expect(decoded(kube.get('v1', 'Secret', 'web-doppler')).DATABASE_URL).toContain('rotated-pw-88');
    const rolled = templateAnnotations(kube.get('apps/v1', 'Deployment', 'web'))[CHECKSUM_ANNOTATION];
    expect(rolled).toMatch(/^sha256:/);
    expect(rolled).not.toBe(checksum);
  });

  it('show as references in a plan without a token, which assumes the live values and is Synced after an apply', async () => {
    const { kube, doppler, workspace, run } = await setUp();
    const noToken = engine(kube, workspace, { manifest: 'pipeops.yaml', 'doppler-api-url': doppler.url });
    const log = recordingLog();
    const first = await noToken.plan({}, log);
    expect(first.syncStatus).toBe('OutOfSync');
    const secretChange = first.plan?.changes.find(
      (change) => change.subject === 'Secret default/web-doppler',
    );
    expect(secretChange?.diff).toContain('+  DATABASE_URL: from doppler://production/DATABASE_URL');
    expect(log.lines.join('\n')).toContain('Doppler values are not compared without doppler-token');
    expect(doppler.requests).toEqual([]);
    // The pull request's plan may run without the token that apply has: the digests still match.
    expect((await run.plan()).plan?.digest).toBe(first.plan?.digest);

    await run.apply();
    expect((await noToken.plan()).syncStatus).toBe('Synced');
  });

  it('refuses to apply without a token, naming each variable and its line; nothing is applied', async () => {
    const { kube, doppler, workspace } = await setUp();
    const noToken = engine(kube, workspace, { manifest: 'pipeops.yaml', 'doppler-api-url': doppler.url });
    await expect(noToken.apply()).rejects.toThrow(
      /2 environment variables come from Doppler .*doppler-token.*env DATABASE_URL \(doppler:\/\/production\/DATABASE_URL, pipeops\.yaml:14:7\)/,
    );
    expect(kube.mutations()).toEqual([]);
  });

  it('fails with the variable, its file and line, and the Doppler path when a name is missing; nothing is applied', async () => {
    const { kube, run } = await setUp(`${DOPPLER_ENV}    - name: SENTRY_DSN
      valueFrom: doppler://production/SENTRY_DSN
`);
    await expect(run.apply()).rejects.toThrow(
      'pipeops.yaml:18:7: env SENTRY_DSN: doppler://production/SENTRY_DSN does not exist: Doppler config "production" has no secret named SENTRY_DSN',
    );
    expect(kube.get('v1', 'Secret', 'web-doppler')).toBeUndefined();
    expect(kube.get('apps/v1', 'Deployment', 'web')).toBeUndefined();
  });

  it('fails clearly when the token may not read the config, without ever printing the token', async () => {
    const { run } = await setUp(`    - name: DATABASE_URL
      valueFrom: doppler://staging/DATABASE_URL
`);
    const error = await run.apply().then(
      () => new Error('expected the apply to fail'),
      (caught: unknown) => caught as Error,
    );
    expect(error.message).toContain('the doppler-token may not read Doppler config "staging"');
    expect(error.message).toContain('a service token reads only the config it was made for');
    expect(error.message).not.toContain(SERVICE_TOKEN);
  });

  it('reads each config once with a token for the whole project', async () => {
    const { kube, doppler, workspace } = await setUp(`    - name: DATABASE_URL
      valueFrom: doppler://production/DATABASE_URL
    - name: API_KEY
      valueFrom: doppler://production/API_KEY
    - name: STAGING_DATABASE_URL
      valueFrom: doppler://staging/DATABASE_URL
`);
    const personal = engine(kube, workspace, {
      manifest: 'pipeops.yaml',
      'doppler-token': 'dp.pt.personal-token-9f8e7d',
      'doppler-project': 'shop',
      'doppler-api-url': doppler.url,
    });
    expect((await personal.apply()).syncStatus).toBe('Synced');
    const queries = doppler.requests.map((request) => request.query);
    expect(queries.sort((a, b) => String(a.config).localeCompare(String(b.config)))).toEqual([
      { format: 'json', config: 'production', project: 'shop' },
      { format: 'json', config: 'staging', project: 'shop' },
    ]);
    expect(Object.keys(decoded(kube.get('v1', 'Secret', 'web-doppler'))).sort()).toEqual([
      'API_KEY',
      'DATABASE_URL',
      'STAGING_DATABASE_URL',
    ]);
  });

  it('retries 503, 429 and dropped connections from Doppler', async () => {
    const doppler = await startDoppler({ retryAfterSeconds: 0 });
    doppler.failNext('503', '429', 'reset');
    const retries: string[] = [];
    const client = new DopplerClient(
      { token: SERVICE_TOKEN, project: '', apiUrl: doppler.url },
      {
        retry: { maxAttempts: 5, baseDelayMs: 1, maxDelayMs: 5, maxElapsedMs: 10_000 },
        onRetry: (line) => retries.push(line),
      },
    );
    expect((await client.download('production')).API_KEY).toBe('sk_live_51HxQ9kDoppler');
    expect(doppler.requests.map((request) => request.fault ?? request.status)).toEqual([
      '503',
      '429',
      'reset',
      200,
    ]);
    // One line as the retries start, one with their count: not one per attempt.
    expect(retries).toEqual([
      expect.stringMatching(/^Doppler config production: .*503.*; retrying in \d+ ms$/),
      'Doppler config production: answered after 3 retries',
    ]);
  });

  it('keeps the path of a doppler-api-url behind a proxy', async () => {
    const doppler = await startDoppler({ basePath: '/doppler' });
    const client = new DopplerClient({
      token: SERVICE_TOKEN,
      project: '',
      apiUrl: `${doppler.url}/doppler/`,
    });
    expect(await client.download('production')).toHaveProperty('API_KEY');
  });

  it('names what to do for a refused token, a missing config and a missing project', async () => {
    const doppler = await startDoppler();
    const client = (token: string, project = '') =>
      new DopplerClient({ token, project, apiUrl: doppler.url });
    await expect(client('dp.st.revoked-token-000').download('production')).rejects.toThrow(
      /Doppler refused the doppler-token reading Doppler config "production" \(Doppler said: Invalid Auth token\): it is invalid, expired or revoked/,
    );
    await expect(client('dp.pt.personal-token-9f8e7d', 'shop').download('prd')).rejects.toThrow(
      `Doppler config "prd" of project "shop" does not exist (Doppler said: Could not find requested config 'prd')`,
    );
    await expect(client('dp.pt.personal-token-9f8e7d').download('production')).rejects.toThrow(
      /You must specify a project\); tokens other than service tokens also need the doppler-project input/,
    );
    expect(await client('dp.pt.personal-token-9f8e7d', 'shop').download('staging')).toHaveProperty(
      'DATABASE_URL',
    );
  });
});

describe('secretRef', () => {
  it('warns in the plan when the Secret is missing, and apply refuses unless allow-missing-secrets', async () => {
    const { kube, run } = await setUp(SECRET_REF_ENV);
    const planned = await run.plan();
    expect(planned.validation.findings).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        rule: 'secret-ref',
        origin: expect.objectContaining({ file: 'pipeops.yaml', line: 12 }),
        message: expect.stringContaining(
          'Deployment web env DB_PASSWORD reads Secret default/db, which is neither in the cluster nor in these manifests',
        ),
      }),
    );
    await expect(run.apply()).rejects.toThrow(
      /Nothing was applied: create these Secrets .* or set allow-missing-secrets: true/,
    );
    expect(kube.get('apps/v1', 'Deployment', 'web')).toBeUndefined();

    const allowed = await run.apply({ 'allow-missing-secrets': 'true' });
    expect(allowed.syncStatus).toBe('Synced');
    expect(allowed.validation.warnings).toBeGreaterThan(0);
  });

  it('warns about a missing key, and is quiet once the Secret has it', async () => {
    const { kube, run } = await setUp(SECRET_REF_ENV);
    kube.seed({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db', namespace: 'default' },
      data: { user: 'YXBw' },
    });
    const missingKey = await run.plan();
    expect(missingKey.validation.findings.map((finding) => finding.message)).toContainEqual(
      'Deployment web env DB_PASSWORD reads key "password" of Secret default/db, which has no such key; its pods will not start until it does',
    );
    kube.seed({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db', namespace: 'default' },
      data: { user: 'YXBw', password: 'aHVudGVyMg==' },
    });
    const found = await run.plan();
    expect(found.validation.findings.filter((finding) => finding.rule === 'secret-ref')).toEqual([]);
    expect((await run.apply()).syncStatus).toBe('Synced');
  });
});

describe('secrets kept in git', () => {
  it('applies a SealedSecret untouched, its ciphertext shown in the plan, for the controller to decrypt', async () => {
    const kube = await startFake();
    kube.seed({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'sealedsecrets.bitnami.com' },
      spec: {
        group: 'bitnami.com',
        scope: 'Namespaced',
        names: { kind: 'SealedSecret', plural: 'sealedsecrets' },
        versions: [
          {
            name: 'v1alpha1',
            served: true,
            storage: true,
            schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
          },
        ],
      },
      status: { conditions: [{ type: 'Established', status: 'True' }] },
    });
    const sealed = { password: 'AgBy3i4OJSWK+PiTySYZZA9rO43cGDEqAgBy3i4OJSWK' };
    const workspace = makeWorkspace({
      'k8s/db.yaml': `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: db
spec:
  encryptedData:
    password: ${sealed.password}
  template:
    metadata: {name: db}
`,
    });
    const run = engine(kube, workspace);
    const planned = await run.plan();
    expect(planned.validation.findings).toEqual([]);
    expect(planned.plan?.changes[0]?.diff).toContain(`password: ${sealed.password}`);
    expect((await run.apply()).syncStatus).toBe('Synced');
    expect(kube.get('bitnami.com/v1alpha1', 'SealedSecret', 'db')?.spec).toEqual({
      encryptedData: sealed,
      template: { metadata: { name: 'db' } },
    });
  });
});
