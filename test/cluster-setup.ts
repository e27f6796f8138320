import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findControlPlaneAssets, startControlPlane, type ControlPlane } from './support/control-plane.js';

/** A cluster the tests may talk to; serializable, as provide() requires. */
export interface RealCluster {
  source: 'control-plane' | 'KUBESYNC_E2E_KUBECONFIG';
  /** Admin kubeconfig YAML. */
  kubeconfig: string;
  kubeconfigFile: string;
  /** Kubeconfig YAML of a user with no RBAC at all (every request a 403); '' on KUBESYNC_E2E_KUBECONFIG. */
  restrictedKubeconfig: string;
  /** The apiserver's JSON-lines audit log; '' on KUBESYNC_E2E_KUBECONFIG. */
  auditLogFile: string;
  /** Whether Deployments, Jobs and pods make progress (a controller-manager, a scheduler and nodes run). */
  controllers: boolean;
  /** The server's /version gitVersion (e.g. v1.37.2); '' on KUBESYNC_E2E_KUBECONFIG. */
  kubernetesVersion: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real cluster of this run, or undefined when none could be had. */
    realCluster: RealCluster | undefined;
    /** Why there is no real cluster and how to get one, for the skip message. */
    realClusterProblem: string;
  }
}

const HOW_TO_GET_ONE =
  'set KUBESYNC_KUBERNETES=<version> (1.26.5 or a version pinned in test/control-plane), or KUBEBUILDER_ASSETS (e.g. KUBEBUILDER_ASSETS=$(setup-envtest use 1.26.x -p path)), ' +
  'or KUBESYNC_E2E_KUBECONFIG=<kubeconfig file of a kind cluster>, or have ../shared/control-plane next to the repository';

/**
 * One real cluster for the whole run: the one KUBESYNC_E2E_KUBECONFIG names, else a control plane
 * started from KUBEBUILDER_ASSETS or ../shared/control-plane. Never fails the run: without a
 * cluster the suites that need one skip, saying why.
 */
export default async function setup(project: TestProject) {
  const external = process.env.KUBESYNC_E2E_KUBECONFIG;
  if (external) return provideExternalCluster(project, external);

  let controlPlane: ControlPlane | undefined;
  let problem = '';
  const assets = await findControlPlaneAssets();
  if ('problem' in assets) {
    problem = assets.problem;
  } else {
    try {
      controlPlane = await startControlPlane(assets.dir);
      // Which release this run's cluster tests ran on, in the run's output.
      process.stderr.write(
        `[cluster-setup] Kubernetes ${controlPlane.kubernetesVersion} from ${assets.source} (${assets.dir})` +
          `${controlPlane.controllers ? ', with controllers and a node' : ', without controllers'}\n`,
      );
    } catch (error) {
      problem = `the control plane from ${assets.dir} did not start: ${(error as Error).message}`;
    }
  }
  if (!controlPlane && process.env.KUBESYNC_REQUIRE_CLUSTER) {
    // CI must never turn green by skipping every cluster scenario.
    throw new Error(`KUBESYNC_REQUIRE_CLUSTER is set but there is no real cluster: ${problem}`);
  }
  provide(project, controlPlane && toRealCluster(controlPlane), problem);
  return () => controlPlane?.stop();
}

function provideExternalCluster(project: TestProject, kubeconfigFile: string) {
  try {
    const kubeconfig = readFileSync(kubeconfigFile, 'utf8');
    provide(
      project,
      {
        source: 'KUBESYNC_E2E_KUBECONFIG',
        kubeconfig,
        kubeconfigFile: path.resolve(kubeconfigFile),
        restrictedKubeconfig: '',
        auditLogFile: '',
        controllers: true,
        kubernetesVersion: '',
      },
      '',
    );
  } catch (error) {
    provide(project, undefined, `KUBESYNC_E2E_KUBECONFIG=${kubeconfigFile}: ${(error as Error).message}`);
  }
}

function toRealCluster(controlPlane: ControlPlane): RealCluster {
  const { kubeconfig, kubeconfigFile, restrictedKubeconfig, auditLogFile, controllers, kubernetesVersion } =
    controlPlane;
  return {
    source: 'control-plane',
    kubeconfig,
    kubeconfigFile,
    restrictedKubeconfig,
    auditLogFile,
    controllers,
    kubernetesVersion,
  };
}

function provide(project: TestProject, cluster: RealCluster | undefined, problem: string) {
  const fullProblem = cluster ? '' : `no real cluster: ${problem}; to get one, ${HOW_TO_GET_ONE}`;
  if (fullProblem) process.stderr.write(`[cluster-setup] ${fullProblem}\n`);
  project.provide('realCluster', cluster);
  project.provide('realClusterProblem', fullProblem);
}
