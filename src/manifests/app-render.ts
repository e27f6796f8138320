import type { Application, AppEnvVar } from './app.js';
import { parseDopplerRef } from './app.js';
import type { FieldPath, Origin, OriginMap } from '../model/origin.js';
import type { KubeObject } from '../model/object.js';
import type { Resource } from '../model/resource.js';
import { resourceAt } from '../model/resource.js';

export interface AppRenderOptions {
  /** The image to run; the caller resolves input `image` over `spec.image`. */
  readonly image: string;
  readonly ingressClass?: string;
}

export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const NAME_LABEL = 'app.kubernetes.io/name';

/** The Secret that holds an app's Doppler-sourced values, one key per environment variable. */
export function dopplerSecretName(appName: string): string {
  return `${appName}-doppler`;
}

/**
 * Renders an Application to the Kubernetes objects that run it. Each object locates its fields back in
 * the Application file, so a finding on a rendered Deployment points at the line of pipeops.yaml.
 */
export function renderApplication(
  app: Application,
  origins: OriginMap,
  options: AppRenderOptions,
): Resource[] {
  const { name } = app.metadata;
  const spec = app.spec;
  const labels = { [NAME_LABEL]: name, [MANAGED_BY_LABEL]: 'kubesync', ...app.metadata.labels };
  const metadata = { name, labels };
  const port = spec.network?.port;
  const autoscaled = spec.autoscale?.enabled === true;
  const resources: Resource[] = [];

  const deployment: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata,
    spec: {
      // With an HPA the replica count belongs to it; kubesync setting it too would undo every scale.
      ...(autoscaled ? {} : { replicas: spec.deploy?.replicas ?? 1 }),
      selector: { matchLabels: { [NAME_LABEL]: name } },
      strategy: { type: spec.deploy?.strategy === 'recreate' ? 'Recreate' : 'RollingUpdate' },
      template: {
        metadata: { labels: { ...app.metadata.labels, [NAME_LABEL]: name } },
        spec: {
          containers: [
            {
              name,
              image: options.image,
              ...(port ? { ports: [{ name: 'http', containerPort: port, protocol: 'TCP' }] } : {}),
              ...(spec.env?.length ? { env: spec.env.map((env) => renderEnvVar(env, name)) } : {}),
              ...renderResources(spec.resources),
            },
          ],
        },
      },
    },
  };
  const container: FieldPath = ['spec', 'template', 'spec', 'containers', 0];
  resources.push(
    resourceAt(
      deployment,
      locator(origins, [
        [
          [...container, 'image'],
          ['spec', 'image'],
        ],
        [
          [...container, 'env'],
          ['spec', 'env'],
        ],
        [
          [...container, 'resources'],
          ['spec', 'resources'],
        ],
        [
          [...container, 'ports'],
          ['spec', 'network', 'port'],
        ],
        [
          ['spec', 'replicas'],
          ['spec', 'deploy', 'replicas'],
        ],
        [
          ['spec', 'strategy'],
          ['spec', 'deploy', 'strategy'],
        ],
      ]),
    ),
  );

  const dopplerSecret = renderDopplerSecret(app, origins, metadata);
  if (dopplerSecret) resources.push(dopplerSecret);

  if (port) {
    const service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata,
      spec: {
        type: 'ClusterIP',
        selector: { [NAME_LABEL]: name },
        ports: [{ name: 'http', port, targetPort: 'http', protocol: 'TCP' }],
      },
    };
    resources.push(resourceAt(service, locator(origins, [[['spec'], ['spec', 'network', 'port']]])));
  }

  if (autoscaled && spec.autoscale) {
    const { minReplicas, maxReplicas, targetCPU } = spec.autoscale;
    const hpa = {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata,
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
        minReplicas: minReplicas ?? spec.deploy?.replicas ?? 1,
        maxReplicas,
        metrics: [
          {
            type: 'Resource',
            resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: targetCPU ?? 80 } },
          },
        ],
      },
    };
    resources.push(resourceAt(hpa, locator(origins, [[['spec'], ['spec', 'autoscale']]])));
  }

  const domains = spec.network?.domains ?? [];
  if (spec.network?.public && port && domains.length > 0) {
    const ingress = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata,
      spec: {
        ...(options.ingressClass ? { ingressClassName: options.ingressClass } : {}),
        tls: domains.map((host) => ({ hosts: [host], secretName: tlsSecretName(name, host) })),
        rules: domains.map((host) => ({
          host,
          http: {
            paths: [
              { path: '/', pathType: 'Prefix', backend: { service: { name, port: { name: 'http' } } } },
            ],
          },
        })),
      },
    };
    resources.push(
      resourceAt(
        ingress,
        locator(origins, [
          [
            ['spec', 'rules'],
            ['spec', 'network', 'domains'],
          ],
          [
            ['spec', 'tls'],
            ['spec', 'network', 'domains'],
          ],
          [['spec'], ['spec', 'network']],
        ]),
      ),
    );
  }
  return resources;
}

/**
 * The Secret the Doppler-sourced variables read, without data: its values are fetched at apply time,
 * and only `valueSources` says where each comes from.
 */
function renderDopplerSecret(
  app: Application,
  origins: OriginMap,
  metadata: { name: string; labels: Record<string, string> },
): Resource | undefined {
  const sources: Record<string, string> = {};
  const lines: [FieldPath, FieldPath][] = [];
  (app.spec.env ?? []).forEach((env, index) => {
    if (typeof env.valueFrom !== 'string' || !parseDopplerRef(env.valueFrom)) return;
    sources[env.name] = env.valueFrom;
    lines.push([
      ['data', env.name],
      ['spec', 'env', index, 'valueFrom'],
    ]);
  });
  if (lines.length === 0) return undefined;
  const secret = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { ...metadata, name: dopplerSecretName(app.metadata.name) },
    type: 'Opaque',
  };
  return {
    ...resourceAt(secret, locator(origins, [...lines, [['data'], ['spec', 'env']]])),
    valueSources: sources,
  };
}

function renderEnvVar(env: AppEnvVar, appName: string): KubeObject {
  if (env.value !== undefined) return { name: env.name, value: env.value };
  if (typeof env.valueFrom === 'string' && parseDopplerRef(env.valueFrom)) {
    return {
      name: env.name,
      valueFrom: { secretKeyRef: { name: dopplerSecretName(appName), key: env.name } },
    };
  }
  if (typeof env.valueFrom === 'object') {
    const { name, key } = env.valueFrom.secretRef;
    return { name: env.name, valueFrom: { secretKeyRef: { name, key } } };
  }
  return { name: env.name };
}

function renderResources(resources: Application['spec']['resources']): KubeObject {
  if (!resources || (resources.cpu === undefined && resources.memory === undefined)) return {};
  const amounts: Record<string, string> = {};
  if (resources.cpu !== undefined) amounts.cpu = resources.cpu;
  if (resources.memory !== undefined) amounts.memory = resources.memory;
  return { resources: { requests: { ...amounts }, limits: { ...amounts } } };
}

/** One TLS Secret per host, named after the app and the host so that hosts never share a certificate. */
function tlsSecretName(appName: string, host: string): string {
  const slug = host.replace(/^\*\./, 'wildcard.').replace(/[^a-z0-9.-]/g, '-');
  return `${appName}-${slug}-tls`.slice(0, 253).replace(/[.-]+$/, '');
}

/**
 * Maps a rendered object's field paths to the Application's, longest prefix first, so that e.g.
 * `spec.template.spec.containers[0].env[2]` points at `spec.env[2]` in pipeops.yaml.
 */
function locator(origins: OriginMap, mapping: [FieldPath, FieldPath][]): (path: FieldPath) => Origin {
  const sorted = [...mapping].sort((a, b) => b[0].length - a[0].length);
  return (path) => {
    for (const [rendered, source] of sorted) {
      if (rendered.every((part, index) => String(path[index]) === String(part))) {
        return origins.locate([...source, ...path.slice(rendered.length)]);
      }
    }
    return origins.locate(['metadata', 'name']);
  };
}
