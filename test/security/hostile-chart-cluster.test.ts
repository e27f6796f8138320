import { afterAll, expect, it } from 'vitest';
import type { ClusterTarget } from '../support/cluster-target.js';
import { expectNoWrites, openTarget } from '../support/cluster-target.js';
import { engine } from '../support/engine.js';
import { runAction, runnerLog } from '../support/run-dist.js';
import { describeOnRealCluster } from '../support/real-cluster.js';
import { useRealTools } from '../support/tools.js';
import { makeWorkspace } from '../support/workspace.js';
import { linkIn, outsideCanary } from './hostile.js';

/** A chart that puts every file under files/ into a ConfigMap: what a pull request would sneak in. */
function hostileChart(): { workspace: string; marker: string } {
  const canary = outsideCanary();
  const workspace = makeWorkspace({
    'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
    'chart/templates/files.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: files
data:
{{- range $path, $_ := .Files.Glob "files/*" }}
  {{ base $path }}: {{ $.Files.Get $path | quote }}
{{- end }}
`,
  });
  linkIn(workspace, 'chart/files/token', '/proc/self/environ');
  linkIn(workspace, 'chart/files/config', canary.file);
  return { workspace, marker: canary.marker };
}

const tools = useRealTools();
afterAll(() => tools.restore());

describeOnRealCluster(`a hostile chart on the real control plane ${tools.reason}`, () => {
  let target: ClusterTarget;

  it.skipIf(!tools.available)(
    'plan and apply refuse it, naming the links, and nothing reaches the cluster',
    async () => {
      target = await openTarget('real');
      const { workspace, marker } = hostileChart();
      const run = engine(
        { kind: 'real', kubeconfig: target.kubeconfig, namespace: target.namespace },
        workspace,
        {
          manifest: 'chart',
        },
      );
      for (const attempt of [run.plan(), run.apply()]) {
        const refusal = await attempt.then(
          () => undefined,
          (error: unknown) => error as Error,
        );
        expect(refusal?.name).toBe('UserError');
        expect(refusal?.message).toContain(
          'chart/files/token is a symlink to /proc/self/environ, outside the repository; helm would read it.',
        );
        expect(refusal?.message).toContain('chart/files/config is a symlink to');
        expect(refusal?.message).not.toContain(marker);
      }
      expect(await target.get('v1', 'ConfigMap', 'files', target.namespace)).toBeUndefined();
      await expectNoWrites(target);
    },
  );

  it.skipIf(!tools.available)(
    'the bundled action fails the step on it, with no token of the step in the log',
    async () => {
      target = await openTarget('real');
      const { workspace, marker } = hostileChart();
      const run = await runAction({
        workspace,
        inputs: {
          command: 'apply',
          manifest: 'chart',
          kubeconfig: target.kubeconfig,
          namespace: target.namespace,
        },
        env: { GITHUB_TOKEN: `ghs_${marker}`, DOPPLER_TOKEN: `dp.st.${marker}` },
      });
      expect(run.exitCode).toBe(1);
      const log = runnerLog(run.stdout);
      expect(log).toContain('chart/files/token is a symlink to /proc/self/environ, outside the repository');
      expect(`${log}${run.stderr}${run.summary}`).not.toContain(marker);
      expect(await target.get('v1', 'ConfigMap', 'files', target.namespace)).toBeUndefined();
      await expectNoWrites(target);
    },
  );
});
