import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readinessOf } from '../../src/sync/readiness.js';
import { KubeApiError } from '../../src/cluster/api-error.js';
import { HttpClusterClient } from '../../src/cluster/http-client.js';
import type { KubeObject } from '../../src/model/object.js';
import {
  createNamespace,
  deleteNamespace,
  describeOnRealCluster,
  kubeConfig,
} from '../support/real-cluster.js';
import { REPO_ROOT } from '../support/workspace.js';

/**
 * Each built-in rule for a custom resource kstatus misreads, on the real API server with the CRD's real
 * schema: the CR is created, a test writes its status through the status subresource as its controller
 * would (the schema prunes what it does not know and refuses what does not fit), and the rule reads
 * what the server gives back.
 */
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/crds');
const CRDS = [
  'cert-manager-certificate.yaml',
  'argo-rollout.yaml',
  'external-secret.yaml',
  'flux-kustomization.yaml',
  'flux-helmrelease.yaml',
  'crossplane-claim.yaml',
];

const NOW = '2026-12-07T10:00:00Z';
const LATER = '2026-12-07T10:05:00Z';
const condition = (type: string, status: string, reason = 'Test', message = '', extra = {}) => ({
  type,
  status,
  reason,
  message,
  lastTransitionTime: NOW,
  ...extra,
});

interface Case {
  readonly name: string;
  readonly plural: string;
  readonly object: KubeObject;
  /** Status as its controller writes it, in order, each with what the rule must make of it. */
  readonly steps: readonly {
    readonly status: (generation: number) => Record<string, unknown>;
    readonly expected: { done: boolean; ok: boolean; message?: string | RegExp };
  }[];
}

const waitingFor = (message: string | RegExp) => ({ done: false, ok: false, message });
const readyWith = (message: string | RegExp) => ({ done: true, ok: true, message });
const failedWith = (message: string | RegExp) => ({ done: true, ok: false, message });

const CASES: Case[] = [
  {
    name: 'cert-manager Certificate: Issuing, then Ready; a failed issuance fails',
    plural: 'certificates',
    object: {
      apiVersion: 'cert-manager.io/v1',
      kind: 'Certificate',
      metadata: { name: 'web' },
      spec: { secretName: 'web-tls', dnsNames: ['web.example.com'], issuerRef: { name: 'letsencrypt' } },
    },
    steps: [
      {
        status: (generation) => ({
          conditions: [
            condition('Ready', 'False', 'DoesNotExist', 'Issuing certificate as Secret does not exist', {
              observedGeneration: generation,
            }),
            condition('Issuing', 'True', 'DoesNotExist', 'Issuing certificate as Secret does not exist', {
              observedGeneration: generation,
            }),
          ],
        }),
        expected: waitingFor('issuing: DoesNotExist (Issuing certificate as Secret does not exist)'),
      },
      {
        status: (generation) => ({
          conditions: [
            condition('Ready', 'False', 'DoesNotExist', 'Issuing certificate as Secret does not exist', {
              observedGeneration: generation,
            }),
            condition('Issuing', 'False', 'Failed', 'The certificate request has failed to complete', {
              observedGeneration: generation,
            }),
          ],
          lastFailureTime: NOW,
          failedIssuanceAttempts: 1,
        }),
        expected: failedWith('issuance failed: Failed (The certificate request has failed to complete)'),
      },
      {
        status: (generation) => ({
          conditions: [
            condition('Ready', 'True', 'Ready', 'Certificate is up to date and has not expired', {
              observedGeneration: generation,
            }),
          ],
          notAfter: LATER,
          revision: 1,
        }),
        expected: readyWith('Certificate is up to date and has not expired'),
      },
    ],
  },
  {
    name: 'Argo Rollout: canary steps, then healthy; an aborted rollout fails',
    plural: 'rollouts',
    object: {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Rollout',
      metadata: { name: 'web' },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'web', image: 'ghcr.io/acme/web:1.0.0' }] },
        },
        strategy: { canary: { steps: [{ setWeight: 50 }, { pause: {} }] } },
      },
    },
    steps: [
      {
        status: (generation) => ({
          observedGeneration: String(generation),
          currentPodHash: 'b7c9',
          stableRS: '5f6d',
          replicas: 3,
          updatedReplicas: 2,
          availableReplicas: 3,
        }),
        expected: waitingFor('1 old replicas pending termination'),
      },
      {
        status: (generation) => ({
          observedGeneration: String(generation),
          currentPodHash: 'b7c9',
          stableRS: '5f6d',
          replicas: 2,
          updatedReplicas: 2,
          availableReplicas: 2,
          pauseConditions: [{ reason: 'CanaryPauseStep', startTime: NOW }],
        }),
        expected: readyWith('paused (CanaryPauseStep): promote it to go on'),
      },
      {
        status: (generation) => ({
          observedGeneration: String(generation),
          currentPodHash: 'b7c9',
          stableRS: 'b7c9',
          replicas: 2,
          updatedReplicas: 2,
          availableReplicas: 2,
          phase: 'Healthy',
        }),
        expected: readyWith('2/2 replicas available'),
      },
      {
        status: (generation) => ({
          observedGeneration: String(generation),
          currentPodHash: 'b7c9',
          stableRS: '5f6d',
          conditions: [
            {
              type: 'Progressing',
              status: 'False',
              reason: 'RolloutAborted',
              message: 'Rollout aborted update to revision 2',
              lastTransitionTime: NOW,
              lastUpdateTime: NOW,
            },
          ],
        }),
        expected: failedWith('aborted: RolloutAborted (Rollout aborted update to revision 2)'),
      },
    ],
  },
  {
    name: 'external-secrets ExternalSecret: Ready of the synced generation',
    plural: 'externalsecrets',
    object: {
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: { name: 'db' },
      spec: {
        refreshInterval: '1h',
        secretStoreRef: { name: 'vault', kind: 'ClusterSecretStore' },
        target: { name: 'db' },
        data: [{ secretKey: 'password', remoteRef: { key: 'db/password' } }],
      },
    },
    steps: [
      {
        status: () => ({
          conditions: [
            condition('Ready', 'False', 'SecretSyncedError', 'could not get secret data from provider'),
          ],
          refreshTime: null,
        }),
        expected: waitingFor('not ready: SecretSyncedError (could not get secret data from provider)'),
      },
      {
        status: (generation) => ({
          conditions: [condition('Ready', 'True', 'SecretSynced', 'secret synced')],
          refreshTime: LATER,
          syncedResourceVersion: `${generation}-3f2a9c`,
          binding: { name: 'db' },
        }),
        expected: readyWith('secret synced'),
      },
    ],
  },
  {
    name: 'Flux Kustomization: observedGeneration and Ready; Stalled fails',
    plural: 'kustomizations',
    object: {
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
      kind: 'Kustomization',
      metadata: { name: 'apps' },
      spec: {
        interval: '10m',
        path: './apps',
        prune: true,
        sourceRef: { kind: 'GitRepository', name: 'flux' },
      },
    },
    steps: [
      {
        status: (generation) => ({
          observedGeneration: generation,
          conditions: [
            condition('Reconciling', 'True', 'Progressing', 'Running health checks', {
              observedGeneration: generation,
            }),
            condition('Ready', 'Unknown', 'Progressing', 'Reconciliation in progress', {
              observedGeneration: generation,
            }),
          ],
        }),
        expected: waitingFor('reconciling: Progressing (Reconciliation in progress)'),
      },
      {
        status: (generation) => ({
          observedGeneration: generation,
          conditions: [
            condition('Stalled', 'True', 'BuildFailed', 'kustomization path not found', {
              observedGeneration: generation,
            }),
            condition('Ready', 'False', 'BuildFailed', 'kustomization path not found', {
              observedGeneration: generation,
            }),
          ],
        }),
        expected: failedWith('stalled: BuildFailed (kustomization path not found)'),
      },
      {
        status: (generation) => ({
          observedGeneration: generation,
          lastAppliedRevision: 'main@sha1:5c8a1e0',
          conditions: [
            condition('Ready', 'True', 'ReconciliationSucceeded', 'Applied revision: main@sha1:5c8a1e0', {
              observedGeneration: generation,
            }),
          ],
        }),
        expected: readyWith('Applied revision: main@sha1:5c8a1e0'),
      },
    ],
  },
  {
    name: 'Flux HelmRelease: Ready and Released',
    plural: 'helmreleases',
    object: {
      apiVersion: 'helm.toolkit.fluxcd.io/v2',
      kind: 'HelmRelease',
      metadata: { name: 'redis' },
      spec: {
        interval: '10m',
        chart: { spec: { chart: 'redis', sourceRef: { kind: 'HelmRepository', name: 'bitnami' } } },
      },
    },
    steps: [
      {
        status: (generation) => ({
          observedGeneration: generation,
          conditions: [
            condition('Ready', 'True', 'InstallSucceeded', 'Helm install succeeded', {
              observedGeneration: generation,
            }),
          ],
        }),
        expected: waitingFor('ready, waiting for the release (Released condition)'),
      },
      {
        status: (generation) => ({
          observedGeneration: generation,
          conditions: [
            condition('Ready', 'True', 'InstallSucceeded', 'Helm install succeeded', {
              observedGeneration: generation,
            }),
            condition('Released', 'True', 'InstallSucceeded', 'Helm install succeeded', {
              observedGeneration: generation,
            }),
          ],
        }),
        expected: readyWith('Helm install succeeded'),
      },
    ],
  },
  {
    name: 'Crossplane claim: Synced and Ready, both True',
    plural: 'postgresqlinstances',
    object: {
      apiVersion: 'database.example.org/v1alpha1',
      kind: 'PostgreSQLInstance',
      metadata: { name: 'orders' },
      spec: { parameters: { storageGB: 20 }, writeConnectionSecretToRef: { name: 'orders-db' } },
    },
    steps: [
      {
        status: () => ({ conditions: [condition('Ready', 'True', 'Available')] }),
        expected: waitingFor('waiting for Synced'),
      },
      {
        status: () => ({
          conditions: [
            condition('Synced', 'True', 'ReconcileSuccess'),
            condition('Ready', 'False', 'Creating'),
          ],
        }),
        expected: waitingFor('synced, not ready: Creating'),
      },
      {
        status: () => ({
          conditions: [
            condition('Synced', 'True', 'ReconcileSuccess'),
            condition('Ready', 'True', 'Available'),
          ],
        }),
        expected: readyWith('synced and ready'),
      },
    ],
  },
];

function fixture(file: string): KubeObject {
  return parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as KubeObject;
}

async function untilEstablished(client: HttpClusterClient, name: string): Promise<void> {
  const ref = { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', name };
  for (;;) {
    const crd = (await client.get(ref)) as { status?: { conditions?: { type: string; status: string }[] } };
    if (crd.status?.conditions?.some((entry) => entry.type === 'Established' && entry.status === 'True'))
      return;
    await sleep(100);
  }
}

/**
 * Creates an object through kubesync's own client, which sends the JSON as it is (client-node's typed
 * models would drop a schema's x-kubernetes-* fields and defaults), retrying while discovery does not
 * serve a kind just established.
 */
async function createWhenServed(client: HttpClusterClient, object: KubeObject): Promise<KubeObject> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await client.create(object);
    } catch (error) {
      if (attempt >= 100 || !/no resource|not served|404/i.test((error as Error).message)) throw error;
      client.refreshDiscovery();
      await sleep(100);
    }
  }
}

describeOnRealCluster('readiness of the custom resources kstatus misreads, on their real schemas', () => {
  let namespace: string;
  let client: HttpClusterClient;
  let custom: CustomObjectsApi;

  beforeAll(async () => {
    const config = kubeConfig();
    client = new HttpClusterClient(config, 'kubesync/test/custom-readiness');
    custom = config.makeApiClient(CustomObjectsApi);
    for (const file of CRDS) {
      const crd = fixture(file);
      await client.create(crd).catch((error: unknown) => {
        if (!(error instanceof KubeApiError && error.status === 409)) throw error;
      });
      await untilEstablished(client, (crd.metadata as { name: string }).name);
    }
    namespace = await createNamespace();
  });
  afterAll(async () => {
    if (namespace) await deleteNamespace(namespace);
  });

  it.each(CASES)('$name', async ({ object, plural, steps }) => {
    const created = await createWhenServed(client, {
      ...object,
      metadata: { ...(object.metadata as object), namespace },
    });
    // Before its controller writes a status, kstatus would call it ready; the rule does not.
    expect(readinessOf(created)).toMatchObject({ done: false, ok: false });
    const [group, version] = String(object.apiVersion).split('/') as [string, string];
    const name = (object.metadata as { name: string }).name;
    const generation = (created.metadata as { generation: number }).generation;
    for (const step of steps) {
      const live = (await custom.getNamespacedCustomObject({
        group,
        version,
        namespace,
        plural,
        name,
      })) as KubeObject;
      const written = (await custom.replaceNamespacedCustomObjectStatus({
        group,
        version,
        namespace,
        plural,
        name,
        body: { ...live, status: step.status(generation) },
      })) as KubeObject;
      const { message, ...settled } = step.expected;
      const readiness = readinessOf(written, { generation });
      expect(readiness, JSON.stringify(written.status)).toMatchObject(settled);
      if (message) expect(readiness.message).toMatch(message);
    }
  });

  it('a LoadBalancer Service is ready once its status has an ingress address', async () => {
    const core = kubeConfig().makeApiClient(CoreV1Api);
    const service = await core.createNamespacedService({
      namespace,
      body: {
        metadata: { name: 'edge' },
        spec: { type: 'LoadBalancer', selector: { app: 'edge' }, ports: [{ port: 80, targetPort: 8080 }] },
      },
    });
    expect(readinessOf(service as KubeObject)).toEqual(waitingFor('waiting for a load balancer address'));
    const written = await core.replaceNamespacedServiceStatus({
      name: 'edge',
      namespace,
      body: { ...service, status: { loadBalancer: { ingress: [{ ip: '203.0.113.10' }] } } },
    });
    expect(readinessOf(written as KubeObject)).toEqual(readyWith('load balancer at 203.0.113.10'));
  });
});
