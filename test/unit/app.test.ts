import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseApplication } from '../../src/manifests/app.js';
import { renderApplication } from '../../src/manifests/app-render.js';
import { parseYaml } from '../../src/manifests/yaml.js';
import { REPO_ROOT } from '../support/workspace.js';

function parse(text: string) {
  const [document] = parseYaml('pipeops.yaml', text).documents;
  if (!document) throw new Error('no document');
  return { document, ...parseApplication(document.value, document.origins) };
}

const minimal = (spec: string) =>
  `apiVersion: pipeops.io/v1\nkind: Application\nmetadata:\n  name: web\nspec:\n  image: ghcr.io/acme/web:1.0.0\n${spec}`;

describe('the full PipeOps example', () => {
  const text = readFileSync(path.join(REPO_ROOT, 'examples/app/pipeops.yaml'), 'utf8');
  const { app, document, findings } = parse(text);

  it('parses without findings', () => {
    expect(findings).toEqual([]);
  });

  it('renders a Deployment, Service, HorizontalPodAutoscaler and Ingress', () => {
    const resources = renderApplication(app!, document.origins, {
      image: app!.spec.image!,
      ingressClass: 'nginx',
    });
    const objects = resources.map((resource) => resource.object);
    expect(objects.map((object) => object.kind)).toEqual([
      'Deployment',
      'Service',
      'HorizontalPodAutoscaler',
      'Ingress',
    ]);
    const [deployment, service, hpa, ingress] = objects;
    expect(deployment).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'web',
        labels: {
          'app.kubernetes.io/name': 'web',
          'app.kubernetes.io/managed-by': 'kubesync',
          team: 'storefront',
        },
      },
      spec: {
        selector: { matchLabels: { 'app.kubernetes.io/name': 'web' } },
        strategy: { type: 'RollingUpdate' },
        template: {
          metadata: { labels: { team: 'storefront', 'app.kubernetes.io/name': 'web' } },
          spec: {
            containers: [
              {
                name: 'web',
                image: 'ghcr.io/acme/web:1.4.2',
                ports: [{ name: 'http', containerPort: 3000, protocol: 'TCP' }],
                env: [
                  { name: 'PORT', value: '3000' },
                  { name: 'LOG_LEVEL', value: 'info' },
                  { name: 'NEXT_PUBLIC_SITE_URL', value: 'https://shop.example.com' },
                ],
                resources: {
                  requests: { cpu: '250m', memory: '256Mi' },
                  limits: { cpu: '250m', memory: '256Mi' },
                },
              },
            ],
          },
        },
      },
    });
    expect(service?.spec).toEqual({
      type: 'ClusterIP',
      selector: { 'app.kubernetes.io/name': 'web' },
      ports: [{ name: 'http', port: 3000, targetPort: 'http', protocol: 'TCP' }],
    });
    expect(hpa).toMatchObject({
      apiVersion: 'autoscaling/v2',
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
        minReplicas: 2,
        maxReplicas: 6,
        metrics: [
          {
            type: 'Resource',
            resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
          },
        ],
      },
    });
    expect(ingress?.spec).toEqual({
      ingressClassName: 'nginx',
      tls: [
        { hosts: ['shop.example.com'], secretName: 'web-shop.example.com-tls' },
        { hosts: ['www.shop.example.com'], secretName: 'web-www.shop.example.com-tls' },
      ],
      rules: ['shop.example.com', 'www.shop.example.com'].map((host) => ({
        host,
        http: {
          paths: [
            { path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { name: 'http' } } } },
          ],
        },
      })),
    });
  });

  it('does not set replicas on the Deployment when an HPA owns them', () => {
    const [deployment] = renderApplication(app!, document.origins, { image: 'x:1' });
    expect(deployment?.object.spec).not.toHaveProperty('replicas');
  });

  it('points rendered fields back at the Application lines', () => {
    const [deployment] = renderApplication(app!, document.origins, { image: 'x:1' });
    const envLine = text.split('\n').findIndex((line) => line.includes('name: NEXT_PUBLIC_SITE_URL')) + 1;
    expect(deployment?.locate(['spec', 'template', 'spec', 'containers', 0, 'env', 2]).line).toBe(envLine);
    const imageLine = text.split('\n').findIndex((line) => line.includes('image:')) + 1;
    expect(deployment?.locate(['spec', 'template', 'spec', 'containers', 0, 'image']).line).toBe(imageLine);
  });
});

describe('the Doppler example', () => {
  const text = readFileSync(path.join(REPO_ROOT, 'examples/doppler/pipeops.yaml'), 'utf8');
  const { app, document, findings } = parse(text);
  const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

  it('parses without findings', () => {
    expect(findings).toEqual([]);
  });

  it('renders the payments-doppler Secret without data, and secretRef as a secretKeyRef', () => {
    const resources = renderApplication(app!, document.origins, { image: app!.spec.image! });
    expect(resources.map((resource) => resource.object.kind)).toEqual(['Deployment', 'Secret', 'Service']);
    const [deployment, dopplerSecret] = resources;
    // Its values are fetched at apply time: rendered without data, with where each comes from.
    expect(dopplerSecret?.object).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: 'payments-doppler',
        labels: { 'app.kubernetes.io/name': 'payments', 'app.kubernetes.io/managed-by': 'kubesync' },
      },
      type: 'Opaque',
    });
    expect(dopplerSecret?.valueSources).toEqual({
      DATABASE_URL: 'doppler://production/DATABASE_URL',
      API_KEY: 'doppler://production/API_KEY',
    });
    expect(dopplerSecret?.locate(['data', 'DATABASE_URL'])).toMatchObject({
      file: 'pipeops.yaml',
      line: lineOf('valueFrom: doppler://production/DATABASE_URL'),
    });
    expect(deployment?.object).toMatchObject({
      spec: {
        template: {
          spec: {
            containers: [
              {
                env: [
                  { name: 'LOG_LEVEL', value: 'info' },
                  {
                    name: 'DATABASE_URL',
                    valueFrom: { secretKeyRef: { name: 'payments-doppler', key: 'DATABASE_URL' } },
                  },
                  {
                    name: 'API_KEY',
                    valueFrom: { secretKeyRef: { name: 'payments-doppler', key: 'API_KEY' } },
                  },
                  {
                    name: 'WEBHOOK_SIGNING_SECRET',
                    valueFrom: { secretKeyRef: { name: 'payments-webhook', key: 'signing-secret' } },
                  },
                ],
              },
            ],
          },
        },
      },
    });
  });
});

describe('rendering choices', () => {
  it.each([
    ['rolling', 'RollingUpdate'],
    ['recreate', 'Recreate'],
  ])('strategy %s becomes %s, with replicas from deploy', (strategy, type) => {
    const { app, document } = parse(minimal(`  deploy:\n    replicas: 4\n    strategy: ${strategy}\n`));
    const [deployment] = renderApplication(app!, document.origins, { image: 'x:1' });
    expect(deployment?.object.spec).toMatchObject({ replicas: 4, strategy: { type } });
  });

  it('renders no Service without a port and no Ingress when not public', () => {
    const { app, document } = parse(minimal(''));
    expect(renderApplication(app!, document.origins, { image: 'x:1' }).map((r) => r.object.kind)).toEqual([
      'Deployment',
    ]);
    const withPort = parse(minimal('  network:\n    port: 80\n    domains: [a.example.com]\n'));
    expect(
      renderApplication(withPort.app!, withPort.document.origins, { image: 'x:1' }).map((r) => r.object.kind),
    ).toEqual(['Deployment', 'Service']);
  });
});

describe('Application errors', () => {
  it.each([
    ['  deploy:\n    replica: 3\n', 8, 'unknown field "spec.deploy.replica": did you mean "replicas"?'],
    ['  netwrok:\n    port: 80\n', 7, 'unknown field "spec.netwrok": did you mean "network"?'],
    [
      '  resources:\n    cpu: lots\n',
      8,
      'spec.resources.cpu: is not a Kubernetes quantity (e.g. 250m, 0.5, 512Mi, 1Gi)',
    ],
    ['  deploy:\n    strategy: bluegreen\n', 8, 'spec.deploy.strategy: must be one of "rolling", "recreate"'],
    ['  env:\n    - name: A\n', 8, 'spec.env[0]: set exactly one of value or valueFrom'],
    [
      '  env:\n    - name: A\n      valueFrom: vault://x/A\n',
      9,
      'must be doppler://<config>/<NAME> or {secretRef: {name, key}}',
    ],
    [
      '  autoscale:\n    enabled: true\n',
      7,
      'spec.autoscale.maxReplicas: is required when autoscale is enabled',
    ],
    ['  network:\n    domains: ["not a host"]\n', 8, 'is not a valid host name'],
  ])('%j is reported at line %i', (spec, line, message) => {
    const { findings } = parse(minimal(spec));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.origin.line).toBe(line);
    expect(findings[0]?.message).toContain(message);
  });

  it('rejects a name that is not a DNS label', () => {
    const { findings } = parse(minimal('').replace('name: web', 'name: Web_App'));
    expect(findings[0]).toMatchObject({
      origin: { line: 4 },
      message: expect.stringContaining('metadata.name: "Web_App"'),
    });
  });
});
