import { describe, expect, it } from 'vitest';
import { renderManifests } from '../../src/app/commands/render.js';
import { validateManifests } from '../../src/app/commands/validate.js';
import { parseDotenv, parseVariableManifests } from '../../src/manifests/substitute-sources.js';
import { MASK } from '../../src/secrets/mask.js';
import { SecretValues } from '../../src/secrets/redact.js';
import { parseSettings } from '../../src/settings/parse-settings.js';
import { formatFinding } from '../../src/model/finding.js';
import { makeWorkspace } from '../support/workspace.js';

const deployment = (image: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web${extra}
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: ${image}
          resources:
            requests:
              cpu: 100m
`;

async function validate(
  files: Record<string, string>,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
  secrets = new SecretValues(),
) {
  const root = makeWorkspace(files);
  return validateManifests(parseSettings({ manifest: 'k8s', ...inputs }, { workspace: root, env }), secrets, {
    offline: true,
  });
}

function objectNamed(result: Awaited<ReturnType<typeof validate>>, kind: string) {
  return result.loaded.resources.find(({ object }) => object.kind === kind)?.object;
}

describe('substitution in the rendered objects', () => {
  it('substitutes string values, with defaults, escapes and several variables in one value', async () => {
    const result = await validate(
      {
        'k8s/app.yaml': `${deployment('ghcr.io/acme/web:${TAG}')}---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  region: \${REGION:=eu-west-1}
  url: https://\${HOST}/\${TAG}
  script: echo $\${HOME} $HOME
  \${TAG}: key stays
`,
      },
      { substitute: 'TAG=1.4.0\nHOST=shop.example.com' },
    );
    expect(result.findings.map(formatFinding)).toEqual([]);
    expect(JSON.stringify(objectNamed(result, 'Deployment'))).toContain('"image":"ghcr.io/acme/web:1.4.0"');
    expect(objectNamed(result, 'ConfigMap')?.data).toEqual({
      region: 'eu-west-1',
      url: 'https://shop.example.com/1.4.0',
      script: 'echo ${HOME} $HOME',
      '${TAG}': 'key stays',
    });
  });

  it('reports an undefined variable without a default at its file and line, and applies nothing', async () => {
    const result = await validate(
      { 'k8s/app.yaml': `# a comment\n${deployment('ghcr.io/acme/web:${TAG}')}` },
      { substitute: 'OTHER=1' },
    );
    expect(result.valid).toBe(false);
    expect(result.findings.map(formatFinding)).toEqual([
      expect.stringMatching(
        /^k8s\/app\.yaml:19:11: error: Deployment web: spec\.template\.spec\.containers\[0\]\.image: \$\{TAG\} is not defined: .* \[substitute-undefined\]$/,
      ),
    ]);
  });

  it('leaves an object annotated or labelled kustomize.toolkit.fluxcd.io/substitute: disabled as written', async () => {
    const optOut = (name: string, where: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
  ${where}:
    kustomize.toolkit.fluxcd.io/substitute: disabled
data:
  script: echo \${UNDEFINED}
`;
    const result = await validate(
      { 'k8s/a.yaml': optOut('annotated', 'annotations'), 'k8s/b.yaml': optOut('labelled', 'labels') },
      { substitute: 'X=1' },
    );
    expect(result.findings).toEqual([]);
    expect(result.loaded.resources.map(({ object }) => object.data)).toEqual([
      { script: 'echo ${UNDEFINED}' },
      { script: 'echo ${UNDEFINED}' },
    ]);
  });

  it('without substitute or substitute-from, substitutes only the built-ins and leaves the rest as written', async () => {
    const result = await validate(
      {
        'k8s/cm.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: info
data:
  script: echo \${HOME} $\${HOME}
  app: \${KUBESYNC_APP}
  environment: \${KUBESYNC_ENVIRONMENT}
  namespace: \${KUBESYNC_NAMESPACE}
  sha: \${KUBESYNC_SHA}
  ref: \${KUBESYNC_REF}
  release: $\${KUBESYNC_SHA}
`,
      },
      { app: 'shop', environment: 'staging', namespace: 'web' },
      { GITHUB_SHA: '0123abcd', GITHUB_REF: 'refs/tags/v1.0.0' },
    );
    expect(result.findings).toEqual([]);
    expect(objectNamed(result, 'ConfigMap')?.data).toEqual({
      script: 'echo ${HOME} $${HOME}',
      app: 'shop',
      environment: 'staging',
      namespace: 'web',
      sha: '0123abcd',
      ref: 'refs/tags/v1.0.0',
      release: '${KUBESYNC_SHA}',
    });
  });

  it('names the app as plan would when no app input is given', async () => {
    const result = await validate(
      {
        'k8s/cm.yaml':
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: info\ndata:\n  app: ${KUBESYNC_APP}\n',
      },
      {},
    );
    expect(objectNamed(result, 'ConfigMap')?.data).toEqual({ app: 'k8s' });
  });

  it('reads .env files and ConfigMap/Secret manifests; later files win, and substitute wins over them', async () => {
    const result = await validate(
      {
        'k8s/cm.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: out
data:
  a: \${A}
  b: \${B}
  c: \${C}
  password: \${PASSWORD}
  token: \${TOKEN}
`,
        'vars/base.env': '# defaults\nA=from-env\nexport B="quoted # kept"\nC=overridden\n',
        'vars/vars.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: vars
data:
  C: from-configmap
---
apiVersion: v1
kind: Secret
metadata:
  name: creds
data:
  PASSWORD: ${Buffer.from('s3cr3t-passw0rd').toString('base64')}
stringData:
  TOKEN: plain-token-value
`,
      },
      { 'substitute-from': 'vars/base.env\nvars/vars.yaml', substitute: 'A=from-input' },
    );
    expect(result.findings.map(formatFinding)).toEqual([]);
    expect(objectNamed(result, 'ConfigMap')?.data).toEqual({
      a: 'from-input',
      b: 'quoted # kept',
      c: 'from-configmap',
      password: 's3cr3t-passw0rd',
      token: 'plain-token-value',
    });
  });

  it('masks values that come from a Secret wherever they are shown, and warns about ones too short to mask', async () => {
    const secrets = new SecretValues();
    const root = makeWorkspace({
      'k8s/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: out\ndata:\n  url: postgres://app:${PASSWORD}@db/${PIN}\n',
      'secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\nstringData:\n  PASSWORD: hunter2-but-longer\n  PIN: "1234"\n`,
    });
    const settings = parseSettings(
      { manifest: 'k8s', 'substitute-from': 'secret.yaml' },
      { workspace: root },
    );
    const rendered = await renderManifests(settings, secrets);
    expect(rendered.yaml).toContain('hunter2-but-longer');
    expect(secrets.redact(rendered.yaml)).toContain(`url: postgres://app:${MASK}@db/1234`);
    expect(rendered.validation.findings.map(formatFinding)).toEqual([
      'secret.yaml:7:3: warning: the value of PIN is under 8 characters, too short to mask where it is substituted; use a longer value [secret-value-too-short]',
    ]);
  });

  it('refuses a substitute-from file outside the repository', async () => {
    await expect(
      validate({ 'k8s/cm.yaml': 'kind: ConfigMap' }, { 'substitute-from': '../x.env' }),
    ).rejects.toThrow('substitute-from "../x.env" leaves the repository');
  });
});

describe('substitute-from files', () => {
  it('reads .env lines with comments, export, quotes and = in values, and points at a bad line', () => {
    const { variables, findings } = parseDotenv(
      'vars.env',
      '# comment\n\nA=1\nexport B = two words \nC=\'single $x\'\nD="a\\nb"\nE=x=y\nnot a line\n9X=1\nKUBESYNC_SHA=1\n',
    );
    expect(variables.map(({ name, value, origin }) => [name, value, origin.line])).toEqual([
      ['A', '1', 3],
      ['B', 'two words', 4],
      ['C', 'single $x', 5],
      ['D', 'a\nb', 6],
      ['E', 'x=y', 7],
    ]);
    expect(findings.map(formatFinding)).toEqual([
      'vars.env:8:1: error: "not a line" is not a KEY=VALUE line [substitute-from]',
      'vars.env:9:1: error: "9X" is not a variable name: use letters, digits and _, not starting with a digit [substitute-from]',
      "vars.env:10:1: error: KUBESYNC_SHA: names starting with KUBESYNC_ are kubesync's built-ins [substitute-from]",
    ]);
  });

  it('reads ConfigMap data and Secret data (base64) and stringData, marking Secret values secret', () => {
    const { variables, findings } = parseVariableManifests(
      'vars.yaml',
      `apiVersion: v1
kind: ConfigMap
metadata: {name: a}
data:
  PLAIN: one
  app.name: bad
---
apiVersion: v1
kind: Secret
metadata: {name: b}
data:
  ENCODED: ${Buffer.from('decoded').toString('base64')}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: c}
`,
    );
    expect(variables.map(({ name, value, secret }) => [name, value, secret])).toEqual([
      ['PLAIN', 'one', false],
      ['ENCODED', 'decoded', true],
    ]);
    expect(findings.map(formatFinding)).toEqual([
      'vars.yaml:6:3: error: "app.name" is not a variable name: use letters, digits and _, not starting with a digit [substitute-from]',
      'vars.yaml:14:1: error: substitute-from reads ConfigMaps and Secrets (or a .env file), not Deployment [substitute-from]',
    ]);
  });
});

describe('the substitute input', () => {
  it('takes NAME=VALUE lines, the last one winning, and refuses other lines and built-in names', () => {
    const settings = parseSettings({ substitute: 'A=1\nB = x=y \nA=2' }, { workspace: '/w' });
    expect(settings.substitution.variables).toEqual([
      ['A', '1'],
      ['B', 'x=y'],
      ['A', '2'],
    ]);
    expect(() => parseSettings({ substitute: 'A=1\nnope' }, { workspace: '/w' })).toThrow(
      'input "substitute": "nope" is not NAME=VALUE',
    );
    expect(() => parseSettings({ substitute: 'KUBESYNC_APP=x' }, { workspace: '/w' })).toThrow(
      'KUBESYNC_APP: names starting with KUBESYNC_ are built-ins',
    );
  });
});
