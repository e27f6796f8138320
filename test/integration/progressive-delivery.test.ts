import { ApiextensionsV1Api } from '@kubernetes/client-node';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diffText } from '../../src/report/plan-text.js';
import { FakePrometheus } from '../fake-prometheus/server.js';
import type { ClusterTarget } from '../support/cluster-target.js';
import { openTarget } from '../support/cluster-target.js';
import { COMMIT, engine, recordingLog } from '../support/engine.js';
import { runActionWithGitHub, startGitHub } from '../support/github.js';
import { describeOnRealCluster, kubeConfig } from '../support/real-cluster.js';
import { makeWorkspace } from '../support/workspace.js';

/** The web Deployment with 4 replicas and its Service; `podAnnotations` go on the pod template. */
function web(image: string, podAnnotations = '', deploymentAnnotations = ''): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  annotations: {${deploymentAnnotations}}
spec:
  replicas: 4
  progressDeadlineSeconds: 600
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
      annotations: {${podAnnotations}}
    spec:
      containers:
        - name: web
          image: ${image}
          resources:
            requests: { cpu: 10m, memory: 16Mi }
            limits: { cpu: 10m, memory: 16Mi }
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: { app: web }
  ports:
    - port: 80
      targetPort: 8080
`;
}

const UNREADY = '"fake-kubelet.lab/behavior": unready';

interface DeploymentView {
  image?: string;
  replicas?: number;
  ready?: number;
}

async function deployment(target: ClusterTarget, name: string): Promise<DeploymentView | undefined> {
  const object = (await target.get('apps/v1', 'Deployment', name, target.namespace)) as
    | {
        spec: { replicas: number; template: { spec: { containers: { image: string }[] } } };
        status?: { readyReplicas?: number };
      }
    | undefined;
  if (!object) return undefined;
  return {
    image: object.spec.template.spec.containers[0]?.image,
    replicas: object.spec.replicas,
    ready: object.status?.readyReplicas ?? 0,
  };
}

async function serviceSelector(target: ClusterTarget): Promise<Record<string, string>> {
  const service = (await target.get('v1', 'Service', 'web', target.namespace)) as {
    spec: { selector: Record<string, string> };
  };
  return service.spec.selector;
}

/** Samples the cluster while `work` runs, so that a test can say what was never (or always) seen. */
async function watching<T, S>(
  sample: () => Promise<S>,
  work: () => Promise<T>,
): Promise<{ result: T; seen: S[] }> {
  const seen: S[] = [];
  let done = false;
  const sampler = (async () => {
    while (!done) {
      seen.push(await sample());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    return { result: await work(), seen };
  } finally {
    done = true;
    await sampler;
  }
}

const prometheus: FakePrometheus[] = [];
afterEach(async () => {
  for (const server of prometheus.splice(0)) await server.stop();
});

describeOnRealCluster(
  'progressive delivery',
  () => {
    /** web at 1.0 applied the plain way, and a workspace whose next apply changes its image. */
    async function deployed(inputs: Record<string, string> = {}) {
      const target = await openTarget('real');
      const workspace = makeWorkspace({ 'k8s/web.yaml': web('ghcr.io/acme/web:1.0') });
      const run = engine(target, workspace, { timeout: '60s', ...inputs });
      const first = await run.apply();
      expect(first.problems).toEqual([]);
      const change = (image: string, podAnnotations = '') =>
        writeFileSync(path.join(workspace, 'k8s/web.yaml'), web(image, podAnnotations));
      return { target, workspace, run, change };
    }

    describe('canary', () => {
      it('plans the canary; manual leaves it at the weight; promote gives the primary the template and removes it', async () => {
        const { target, run, change } = await deployed({ strategy: 'canary', 'canary-weight': '25' });
        change('ghcr.io/acme/web:2.0');

        const planned = await run.plan({ 'canary-decision': 'manual' });
        expect(diffText(planned.plan!)).toContain(
          `#   Deployment ${target.namespace}/web: canary at 25 % of the replicas, then wait for canary-decision: promote or abort; creates Deployment ${target.namespace}/web-canary while it runs`,
        );

        const waiting = await run.apply({ 'canary-decision': 'manual' });
        expect(waiting.problems).toEqual([]);
        expect(waiting.syncStatus).toBe('OutOfSync');
        expect(waiting.waiting).toContain('canary web-canary runs the new template at 25 %');
        expect(await deployment(target, 'web-canary')).toMatchObject({
          image: 'ghcr.io/acme/web:2.0',
          replicas: 1,
          ready: 1,
        });
        expect(await deployment(target, 'web')).toMatchObject({ image: 'ghcr.io/acme/web:1.0', replicas: 3 });
        // The Service selects the canary's pods too: traffic splits by the pods' share.
        expect(await serviceSelector(target)).toEqual({ app: 'web' });
        // While it exists the canary is a member of the app's ApplySet, with the commit it came from.
        const canary = (await target.get('apps/v1', 'Deployment', 'web-canary', target.namespace)) as {
          metadata: { labels: Record<string, string>; annotations: Record<string, string> };
        };
        expect(canary.metadata.labels['applyset.kubernetes.io/part-of']).toMatch(/^applyset-/);
        expect(canary.metadata.annotations['kubesync.io/commit']).toBe(COMMIT.commit);

        // The next plan sees the canary as the rollout's, not as something to prune or a conflict.
        const again = await run.plan({ 'canary-decision': 'promote', prune: 'true' });
        expect(again.plan?.changes.find((entry) => entry.subject.endsWith('/web-canary'))?.action).toBe(
          'keep',
        );

        const log = recordingLog();
        const promoted = await run.apply({ 'canary-decision': 'promote', prune: 'true' }, COMMIT, log);
        expect(promoted.problems).toEqual([]);
        expect(promoted.syncStatus).toBe('Synced');
        expect(await deployment(target, 'web')).toMatchObject({
          image: 'ghcr.io/acme/web:2.0',
          replicas: 4,
          ready: 4,
        });
        expect(await deployment(target, 'web-canary')).toBeUndefined();
        expect(promoted.notes).toContain(
          `Deployment ${target.namespace}/web: canary promoted (canary-decision: promote)`,
        );
      });

      it('cleans up a canary an earlier run left when its update was reverted', async () => {
        const { target, run, change } = await deployed({ strategy: 'canary', 'canary-decision': 'manual' });
        change('ghcr.io/acme/web:2.0');
        expect((await run.apply()).waiting).toBeDefined();
        change('ghcr.io/acme/web:1.0');
        const reverted = await run.apply({ prune: 'true' });
        expect(reverted.problems).toEqual([]);
        expect(reverted.syncStatus).toBe('Synced');
        expect(reverted.notes).toContain(
          `removed the canary of Deployment ${target.namespace}/web that an earlier run left`,
        );
        expect(await deployment(target, 'web-canary')).toBeUndefined();
        expect(await deployment(target, 'web')).toMatchObject({ image: 'ghcr.io/acme/web:1.0', replicas: 4 });
      });

      it('takes the annotation on one Deployment; without replicas in the manifest the primary keeps at least one pod', async () => {
        const target = await openTarget('real');
        const annotated = (image: string) =>
          web(image, '', '"kubesync.io/strategy": canary').replace('  replicas: 4\n', '');
        const workspace = makeWorkspace({ 'k8s/web.yaml': annotated('ghcr.io/acme/web:1.0') });
        const run = engine(target, workspace, {
          timeout: '60s',
          'canary-analysis': '1s',
          'canary-metric-interval': '1s',
        });
        expect((await run.apply()).problems).toEqual([]);
        writeFileSync(path.join(workspace, 'k8s/web.yaml'), annotated('ghcr.io/acme/web:2.0'));
        const { result, seen } = await watching(
          () => deployment(target, 'web'),
          () => run.apply(),
        );
        expect(result.problems).toEqual([]);
        expect(result.notes).toContain(
          `Deployment ${target.namespace}/web: canary promoted (2 healthy samples)`,
        );
        expect(seen.every((view) => view?.replicas === 1)).toBe(true);
        expect(await deployment(target, 'web')).toMatchObject({ image: 'ghcr.io/acme/web:2.0', replicas: 1 });
      });

      it('refuses canary-decision: promote when no canary runs, before anything is written', async () => {
        const { target, run, change } = await deployed({ strategy: 'canary' });
        change('ghcr.io/acme/web:2.0');
        await expect(run.apply({ 'canary-decision': 'promote' })).rejects.toThrow(
          `Deployment ${target.namespace}/web: canary-decision: promote, but no canary of it is running; run with canary-decision: manual (or auto) first`,
        );
        expect(await deployment(target, 'web')).toMatchObject({ image: 'ghcr.io/acme/web:1.0', replicas: 4 });
      });

      it('analyses the canary (pods and metric) and promotes it automatically', async () => {
        const server = new FakePrometheus({ answer: () => ({ value: 0.01 }) });
        await server.start();
        prometheus.push(server);
        const { target, run, change } = await deployed({
          strategy: 'canary',
          'canary-analysis': '2s',
          'canary-metric-interval': '1s',
          'canary-prometheus-url': server.url,
          'canary-metric-query': 'sum(rate(http_errors_total{ {{canary}} }[1m]))',
          'canary-metric-threshold': '0.05',
        });
        change('ghcr.io/acme/web:2.0');
        const log = recordingLog();
        const { result, seen } = await watching(
          () => deployment(target, 'web-canary'),
          () => run.apply({}, COMMIT, log),
        );
        expect(result.problems).toEqual([]);
        expect(result.syncStatus).toBe('Synced');
        // The canary ran the new image at 20 % of 4 replicas before the primary carried it.
        expect(seen).toContainEqual(expect.objectContaining({ image: 'ghcr.io/acme/web:2.0', replicas: 1 }));
        expect(log.lines).toContainEqual(
          expect.stringMatching(
            /^analysis sample 3: web-canary: 1\/1 ready, 0 restarts; metric 0.01 ≤ 0.05$/,
          ),
        );
        expect(server.queries[0]).toBe(
          `sum(rate(http_errors_total{ namespace="${target.namespace}",pod=~"web-canary-[a-z0-9]+-[a-z0-9]+" }[1m]))`,
        );
        expect(await deployment(target, 'web')).toMatchObject({ image: 'ghcr.io/acme/web:2.0', replicas: 4 });
        expect(await deployment(target, 'web-canary')).toBeUndefined();
      });

      it('aborts on a failing metric sample, naming it; the primary is never changed', async () => {
        const server = new FakePrometheus({ answer: () => ({ value: 0.2 }) });
        await server.start();
        prometheus.push(server);
        const { target, run, change } = await deployed({
          strategy: 'canary',
          'canary-analysis': '2s',
          'canary-metric-interval': '1s',
          'canary-prometheus-url': server.url,
          'canary-metric-query': 'sum(rate(http_errors_total{ {{canary}} }[1m]))',
          'canary-metric-threshold': '0.05',
        });
        change('ghcr.io/acme/web:2.0');
        const failed = await run.apply();
        expect(failed.syncStatus).toBe('Failed');
        expect(failed.problems[0]).toBe(
          `Deployment ${target.namespace}/web: the canary failed its analysis at sample 1 (web-canary: 1/1 ready, 0 restarts; metric 0.2 > 0.05 (the maximum)); it was removed and web was never changed`,
        );
        expect(await deployment(target, 'web')).toMatchObject({ image: 'ghcr.io/acme/web:1.0', replicas: 4 });
        expect(await deployment(target, 'web-canary')).toBeUndefined();
      });

      it('aborts a canary that never becomes ready: removed, the primary untouched, Failed', async () => {
        const { target, run, change } = await deployed({ strategy: 'canary', timeout: '8s' });
        change('ghcr.io/acme/web:2.0', UNREADY);
        const { result, seen } = await watching(
          () => deployment(target, 'web'),
          () => run.apply(),
        );
        expect(result.syncStatus).toBe('Failed');
        expect(result.problems[0]).toMatch(
          new RegExp(
            `^Deployment ${target.namespace}/web: the canary never became ready \\(.*\\); it was removed and web was never changed$`,
          ),
        );
        // The primary kept its template throughout; only its share of the replicas moved.
        expect(seen.every((view) => view?.image === 'ghcr.io/acme/web:1.0')).toBe(true);
        expect(await deployment(target, 'web')).toMatchObject({ image: 'ghcr.io/acme/web:1.0', replicas: 4 });
        expect(await deployment(target, 'web-canary')).toBeUndefined();
      });

      it('splits by weight on a Gateway API HTTPRoute to the Service, and restores the route', async () => {
        const target = await openTarget('real');
        await kubeConfig()
          .makeApiClient(ApiextensionsV1Api)
          .createCustomResourceDefinition({ body: HTTPROUTE_CRD })
          .catch((error: { code?: number }) => {
            if (error.code !== 409) throw error;
          });
        await waitForHttpRoutes(target);
        const route = `apiVersion: gateway.networking.k8s.io/v1beta1
kind: HTTPRoute
metadata:
  name: web
spec:
  parentRefs: [{ name: gateway }]
  rules:
    - backendRefs:
        - name: web
          port: 80
`;
        const workspace = makeWorkspace({
          'k8s/web.yaml': web('ghcr.io/acme/web:1.0'),
          'k8s/route.yaml': route,
        });
        const run = engine(target, workspace, { timeout: '60s', strategy: 'canary', 'canary-weight': '10' });
        expect((await run.apply()).problems).toEqual([]);
        writeFileSync(path.join(workspace, 'k8s/web.yaml'), web('ghcr.io/acme/web:2.0'));

        const planned = await run.plan({ 'canary-decision': 'manual' });
        expect(diffText(planned.plan!)).toContain(
          `canary at 10 % of the route's traffic, then wait for canary-decision: promote or abort; creates Deployment ${target.namespace}/web-canary, Service ${target.namespace}/web-canary while it runs`,
        );
        const waiting = await run.apply({ 'canary-decision': 'manual' });
        expect(waiting.problems).toEqual([]);
        const backends = async () =>
          (
            (await target.get('gateway.networking.k8s.io/v1beta1', 'HTTPRoute', 'web', target.namespace)) as {
              spec: { rules: { backendRefs: Record<string, unknown>[] }[] };
            }
          ).spec.rules[0]?.backendRefs;
        expect(await backends()).toEqual([
          { name: 'web', port: 80, weight: 90, group: '', kind: 'Service' },
          { name: 'web-canary', port: 80, weight: 10, group: '', kind: 'Service' },
        ]);
        expect(await target.get('v1', 'Service', 'web-canary', target.namespace)).toBeDefined();
        // By weight, the primary keeps all its replicas.
        expect(await deployment(target, 'web')).toMatchObject({ image: 'ghcr.io/acme/web:1.0', replicas: 4 });

        const aborted = await run.apply({ 'canary-decision': 'abort' });
        expect(aborted.syncStatus).toBe('Failed');
        expect(aborted.problems).toEqual([
          `Deployment ${target.namespace}/web: canary aborted (canary-decision: abort); web runs its previous template`,
        ]);
        expect(await backends()).toEqual([{ name: 'web', port: 80, group: '', kind: 'Service' }]);
        expect(await target.get('v1', 'Service', 'web-canary', target.namespace)).toBeUndefined();
        expect(await deployment(target, 'web-canary')).toBeUndefined();
      });
    });

    describe('in the workflow', () => {
      it('keeps the GitHub Deployment in_progress with the stage, and a waiting canary pending', async () => {
        const { target, workspace, change } = await deployed();
        change('ghcr.io/acme/web:2.0');
        const github = await startGitHub();
        const inputs = {
          manifest: 'k8s',
          app: 'shop',
          namespace: target.namespace,
          kubeconfig: Buffer.from(target.kubeconfig).toString('base64'),
          environment: 'production',
          strategy: 'canary',
          'canary-analysis': '2s',
          'canary-metric-interval': '1s',
        };
        const auto = await runActionWithGitHub(github, { workspace, inputs, eventName: 'push' });
        expect(auto.exitCode, auto.stdout).toBe(0);
        const stages = github.deploymentStatuses.map(
          ({ body }) => `${String(body.state)} ${String(body.description)}`,
        );
        expect(stages).toEqual([
          'in_progress Applying',
          'in_progress canary web-canary (20 %): rolling out',
          'in_progress canary web-canary (20 %): analysing',
          "in_progress promoting: web rolls out the canary's template",
          'success Synced',
        ]);
        expect(auto.summary).toContain(
          `Deployment ${target.namespace}/web: canary promoted (3 healthy samples)`,
        );

        change('ghcr.io/acme/web:3.0');
        const manual = await runActionWithGitHub(github, {
          workspace,
          inputs: { ...inputs, 'canary-decision': 'manual' },
          eventName: 'workflow_dispatch',
        });
        expect(manual.exitCode, manual.stdout).toBe(0);
        expect(manual.outputs['sync-status']).toBe('OutOfSync');
        expect(github.statuses.at(-1)).toMatchObject({
          context: 'kubesync/production',
          state: 'pending',
          description: expect.stringContaining('canary web-canary runs the new template at 20 %'),
        });
      });
    });

    describe('blue-green', () => {
      it('switches the Service to the green pods only once they are ready, then back to web with the new template', async () => {
        const { target, run, change } = await deployed({ strategy: 'blue-green', 'blue-green-keep': '2s' });
        change('ghcr.io/acme/web:2.0');
        const { result, seen } = await watching(
          async () => ({
            selector: await serviceSelector(target),
            green: await deployment(target, 'web-green'),
          }),
          () => run.apply(),
        );
        expect(result.problems).toEqual([]);
        expect(result.syncStatus).toBe('Synced');
        const switched = seen.filter((view) => view.selector['kubesync.io/variant'] === 'green');
        expect(switched.length).toBeGreaterThan(0);
        for (const view of switched)
          expect(view.green).toMatchObject({ image: 'ghcr.io/acme/web:2.0', ready: 4 });
        expect(await serviceSelector(target)).toEqual({ app: 'web' });
        expect(await deployment(target, 'web')).toMatchObject({ image: 'ghcr.io/acme/web:2.0', replicas: 4 });
        expect(await deployment(target, 'web-green')).toBeUndefined();
      });

      it('refuses a Service that also selects another Deployment’s pods, before anything is written', async () => {
        const { target, workspace, run, change } = await deployed({ strategy: 'blue-green' });
        writeFileSync(
          path.join(workspace, 'k8s/worker.yaml'),
          web('ghcr.io/acme/worker:1.0').split('---')[0]!.replace('name: web', 'name: worker'),
        );
        expect((await run.apply({ strategy: 'rolling' })).problems).toEqual([]);
        change('ghcr.io/acme/web:2.0');
        await expect(run.apply()).rejects.toThrow(
          `Deployment ${target.namespace}/web: blue-green switches Service ${target.namespace}/web to the new pods, but it also selects the pods of Deployment worker, which would drop out of it; give web a Service of its own, or use strategy: canary`,
        );
        expect(await deployment(target, 'web-green')).toBeUndefined();
      });

      it('never switches when the green never becomes ready', async () => {
        const { target, run, change } = await deployed({ strategy: 'blue-green', timeout: '8s' });
        change('ghcr.io/acme/web:2.0', UNREADY);
        const { result, seen } = await watching(
          () => serviceSelector(target),
          () => run.apply(),
        );
        expect(result.syncStatus).toBe('Failed');
        expect(result.problems[0]).toMatch(
          new RegExp(
            `^Deployment ${target.namespace}/web: web-green .*; it was removed and the traffic stayed on web$`,
          ),
        );
        expect(seen.every((selector) => !('kubesync.io/variant' in selector))).toBe(true);
        expect(await deployment(target, 'web')).toMatchObject({ image: 'ghcr.io/acme/web:1.0', replicas: 4 });
        expect(await deployment(target, 'web-green')).toBeUndefined();
      });
    });
  },
  { needsControllers: true },
);

/** The HTTPRoute kind, as a test fixture: a CRD that keeps whatever spec it is given. */
const HTTPROUTE_CRD = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: {
    name: 'httproutes.gateway.networking.k8s.io',
    // A group under k8s.io is protected: its CRDs name the review that approved them, as Gateway API's do.
    annotations: { 'api-approved.kubernetes.io': 'https://github.com/kubernetes-sigs/gateway-api/pull/1538' },
  },
  spec: {
    group: 'gateway.networking.k8s.io',
    names: { kind: 'HTTPRoute', listKind: 'HTTPRouteList', plural: 'httproutes', singular: 'httproute' },
    scope: 'Namespaced',
    versions: [
      {
        name: 'v1beta1',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: {
                type: 'object',
                properties: {
                  parentRefs: {
                    type: 'array',
                    items: { type: 'object', properties: { name: { type: 'string' } } },
                  },
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        backendRefs: {
                          type: 'array',
                          items: {
                            type: 'object',
                            properties: {
                              group: { type: 'string', default: '' },
                              kind: { type: 'string', default: 'Service' },
                              name: { type: 'string' },
                              namespace: { type: 'string' },
                              port: { type: 'integer' },
                              weight: { type: 'integer' },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    ],
  },
};

async function waitForHttpRoutes(target: ClusterTarget): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const crd = (await target.get(
      'apiextensions.k8s.io/v1',
      'CustomResourceDefinition',
      'httproutes.gateway.networking.k8s.io',
    )) as { status?: { conditions?: { type: string; status: string }[] } } | undefined;
    if (
      crd?.status?.conditions?.some(
        (condition) => condition.type === 'Established' && condition.status === 'True',
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the HTTPRoute CRD was never established');
}
