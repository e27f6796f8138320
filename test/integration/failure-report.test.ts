import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FailureReport } from '../../src/model/failure-report.js';
import { failureReportsMarkdown } from '../../src/report/failure-report-markdown.js';
import { refusingWebhook } from '../support/admission-webhook.js';
import { startGitHub } from '../support/github.js';
import { runActionInProcess } from '../support/run-in-process.js';
import { DIST_ENTRY, runnerLog, runProcess } from '../support/run-dist.js';
import { kubeconfigFile } from '../support/workspace.js';
import { COMMIT, engine, recordingLog } from '../support/engine.js';
import { createNamespace, deleteNamespace, describeOnRealCluster } from '../support/real-cluster.js';
import { makeWorkspace } from '../support/workspace.js';

/** A Deployment of one pod, as the kubelet stand-in's `behavior` and the resources make it fail. */
const deployment = (
  podAnnotations: string,
  options: { cpu?: string; image?: string; spec?: string } = {},
) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1${options.spec ?? ''}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
      annotations: {${podAnnotations}}
    spec:
      containers:
        - name: web
          image: ${options.image ?? 'ghcr.io/acme/web:1.0.0'}
          resources: {requests: {cpu: ${options.cpu ?? '100m'}}}
`;

const hookJob = `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
  annotations:
    argocd.argoproj.io/hook: PreSync
spec:
  backoffLimit: 0
  template:
    metadata:
      annotations: {fake-kubelet.lab/behavior: fail}
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: ghcr.io/acme/migrate:1.0.0
`;

/** The one report of a failed apply, after checking that its problem line ends with the report's reason. */
function onlyReport(result: { failures?: readonly FailureReport[]; problems: string[] }): FailureReport {
  expect(result.failures, result.problems.join('\n')).toHaveLength(1);
  const [report] = result.failures ?? [];
  if (!report) throw new Error('no report');
  expect(result.problems.some((problem) => problem.endsWith(`; ${report.reason}`))).toBe(true);
  return report;
}

describeOnRealCluster(
  'the failure report on the real control plane',
  (cluster) => {
    let ns = '';
    beforeEach(async () => {
      ns = await createNamespace();
    });
    afterEach(async () => {
      await deleteNamespace(ns);
    });
    const apply = async (files: Record<string, string>, inputs: Record<string, string> = {}) => {
      const log = recordingLog();
      const target = { kubeconfig: cluster.kubeconfig, namespace: ns, kind: 'real' as const };
      const result = await engine(target, makeWorkspace(files), { rollback: 'false', ...inputs }).apply(
        {},
        COMMIT,
        log,
      );
      expect(result.syncStatus).toBe('Failed');
      return { result, log };
    };

    it('names a crashing container, its restarts and exit code', async () => {
      const { result } = await apply(
        { 'k8s/web.yaml': deployment('fake-kubelet.lab/behavior: crash') },
        { timeout: '4s' },
      );
      const report = onlyReport(result);
      expect(report.subject).toBe(`Deployment ${ns}/web`);
      expect(report.reason).toMatch(
        /^pod web-[\w-]+: container web is in CrashLoopBackOff, restarted \d+ times?; last run exited with code 1 \(Error\)$/,
      );
      expect(report.status).toMatch(/^not ready after 4s: /);
      expect(report.details).toContain('replicas: 1 desired, 1 updated, 0 ready, 0 available');
      // The stand-in serves no logs: the report goes without, quietly.
      expect(report.log).toBeUndefined();
    });

    it('names the image that cannot be pulled', async () => {
      const { result } = await apply(
        {
          'k8s/web.yaml': deployment('fake-kubelet.lab/behavior: image-pull-error', {
            image: 'ghcr.io/acme/web:no-such-tag',
          }),
        },
        { timeout: '3s' },
      );
      expect(onlyReport(result).reason).toMatch(
        /^pod web-[\w-]+: container web cannot pull image ghcr\.io\/acme\/web:no-such-tag: (ErrImagePull|ImagePullBackOff) \(/,
      );
    });

    it('names the pod never ready that kept the rollout past its progress deadline', async () => {
      const { result } = await apply({
        'k8s/web.yaml': deployment('fake-kubelet.lab/behavior: unready', {
          spec: '\n  progressDeadlineSeconds: 2',
        }),
      });
      const report = onlyReport(result);
      expect(report.reason).toMatch(/^pod web-[\w-]+: container web is running but not ready$/);
      expect(report.status).toMatch(/^exceeded its progress deadline: /);
      expect(report.details[0]).toMatch(
        /^Progressing=False: ProgressDeadlineExceeded: ReplicaSet "web-[\w-]+" has timed out progressing/,
      );
    });

    it("gives the scheduler's reason when no node can hold the pod, and tells it while waiting", async () => {
      const { result, log } = await apply(
        { 'k8s/web.yaml': deployment('', { cpu: '100' }) },
        { timeout: '7s' },
      );
      const report = onlyReport(result);
      expect(report.reason).toMatch(
        /^pod web-[\w-]+: Pending, cannot be scheduled: Unschedulable: 0\/1 nodes are available: 1 Insufficient cpu\.$/,
      );
      expect(report.events).toContainEqual(
        expect.objectContaining({
          reason: 'FailedScheduling',
          message: expect.stringContaining('Insufficient cpu'),
        }),
      );
      expect(log.lines).toContain('deployment/web: 0/1 replicas ready, 1 Pending: Insufficient cpu');
      expect(failureReportsMarkdown(result.failures ?? [])).toContain('| FailedScheduling |');
    });

    it('names the failed container of a failed hook Job', async () => {
      const { result } = await apply({
        'k8s/migrate.yaml': hookJob,
        'k8s/web.yaml': deployment(''),
      });
      const report = onlyReport(result);
      expect(report.subject).toBe(`Job ${ns}/migrate`);
      expect(report.reason).toMatch(/^pod migrate-[\w-]+: container migrate exited with code 1 \(Error\)$/);
      // 1.31+ may be caught between FailureTarget (decided) and Failed (pods gone); both say why.
      expect(report.details).toContainEqual(
        expect.stringMatching(
          /^(Failed|FailureTarget)=True: BackoffLimitExceeded: Job has reached the specified backoff limit$/,
        ),
      );
    });

    it("names the admission webhook that refuses the rollout's pods, with its message", async () => {
      const webhook = await refusingWebhook(ns, 'pods', 'pods here need a team label');
      try {
        const { result } = await apply({ 'k8s/web.yaml': deployment('') }, { timeout: '4s' });
        const report = onlyReport(result);
        expect(report.reason).toMatch(
          new RegExp(
            `^replicaset web-[\\w-]+: ReplicaFailure=True: FailedCreate: admission webhook "${webhook.name}" denied the request: pods here need a team label$`,
          ),
        );
        expect(report.events).toContainEqual(
          expect.objectContaining({
            reason: 'FailedCreate',
            message: expect.stringContaining(`admission webhook "${webhook.name}" denied the request`),
          }),
        );
      } finally {
        await webhook.stop();
      }
    });

    it('in the workflow: the commit status, the Deployment status, the summary, the failure output and a log group say why, with Secret values redacted', async () => {
      const password = 'hunter2-correct-horse-battery';
      // A careless webhook quotes what it was shown: the value of a Secret the manifests hold.
      const webhook = await refusingWebhook(
        ns,
        'pods',
        `pods here need a team label (saw DB_PASSWORD=${password})`,
      );
      try {
        const github = await startGitHub();
        const workspace = makeWorkspace({
          'k8s/web.yaml': deployment(''),
          'k8s/db.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: ${password}\n`,
        });
        const run = await runActionInProcess({
          workspace,
          eventName: 'push',
          env: { GITHUB_API_URL: github.url, HOME: workspace },
          inputs: {
            'github-token': github.token,
            kubeconfig: Buffer.from(cluster.kubeconfig).toString('base64'),
            namespace: ns,
            manifest: 'k8s',
            app: 'web',
            environment: 'production',
            timeout: '4s',
          },
        });
        expect(run.exitCode).toBe(1);
        const status = github.statuses.at(-1);
        expect(status?.state).toBe('failure');
        expect(status?.description).toMatch(
          new RegExp(
            `^Failed: Deployment ${ns}/web: replicaset web-[\\w-]+: ReplicaFailure=True: FailedCreate: admission webhook "deny-`,
          ),
        );
        expect((status?.description ?? '').length).toBeLessThanOrEqual(140);
        expect(github.deploymentStatuses.at(-1)?.body).toMatchObject({
          state: 'failure',
          description: status?.description,
        });
        expect(run.summary).toContain('### Why it failed');
        expect(run.summary).toContain(`| Deployment ${ns}/web | replicaset web-`);
        const failure = JSON.parse(run.outputs.failure ?? '') as FailureReport[];
        expect(failure).toEqual([
          expect.objectContaining({
            subject: `Deployment ${ns}/web`,
            reason: expect.stringContaining(`admission webhook "${webhook.name}" denied the request`),
          }),
        ]);
        expect(run.stdout).toContain(`::group::why Deployment ${ns}/web is not ready`);
        // The runner consumes ::add-mask:: lines (which carry the value to mask) and shows the rest.
        for (const text of [
          runnerLog(run.stdout),
          run.summary,
          JSON.stringify(run.outputs),
          JSON.stringify(github.statuses),
        ])
          expect(text).not.toContain(password);
      } finally {
        await webhook.stop();
      }
    });

    it('the CLI prints the report after the error line', async () => {
      const cwd = makeWorkspace({
        'k8s/web.yaml': deployment('fake-kubelet.lab/behavior: image-pull-error'),
      });
      const flags = [
        '--kubeconfig',
        kubeconfigFile(cluster.kubeconfig),
        '--namespace',
        ns,
        '--timeout',
        '3s',
      ];
      const applied = await runProcess(
        [DIST_ENTRY, 'apply', 'k8s', '--app', 'web', ...flags],
        { HOME: cwd },
        cwd,
      );
      expect(applied.exitCode, applied.stderr).toBe(2);
      expect(applied.stderr).toMatch(
        new RegExp(
          `\\nDeployment ${ns}/web: pod web-[\\w-]+: container web cannot pull image ghcr\\.io/acme/web:1\\.0\\.0: \\w+ \\(.*\\n  wait: not ready after 3s: 0/1 replicas ready\\n`,
        ),
      );
    });

    it('names the admission webhook that refuses an object of the manifests, with its message', async () => {
      const webhook = await refusingWebhook(ns, 'deployments.apps', 'deployments need an owner annotation');
      try {
        const log = recordingLog();
        const target = { kubeconfig: cluster.kubeconfig, namespace: ns, kind: 'real' as const };
        const outcome = await engine(target, makeWorkspace({ 'k8s/web.yaml': deployment('') }))
          .apply({}, COMMIT, log)
          .then(
            (result) => result.problems.join('\n'),
            (error: unknown) => String(error),
          );
        expect(outcome).toContain(
          `admission webhook "${webhook.name}" denied the request: deployments need an owner annotation`,
        );
      } finally {
        await webhook.stop();
      }
    });
  },
  { needsControllers: true },
);
