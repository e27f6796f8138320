import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir } from './workspace.js';

export interface FakeBuilderOptions {
  /** Which tools exist; all of docker, nixpacks and pack by default. */
  readonly tools?: readonly ('docker' | 'nixpacks' | 'pack')[];
  /** `docker buildx version` fails, as on a Docker without the buildx plugin. */
  readonly withoutBuildx?: boolean;
  /** Every build (buildx build, nixpacks build, pack build) prints 30 numbered lines and fails. */
  readonly failBuild?: boolean;
}

export interface BuilderCall {
  readonly tool: string;
  readonly args: string[];
}

export interface FakeBuilders {
  /** The folder holding the fakes, to put first on PATH. */
  readonly dir: string;
  /** The digest every push reports, fresh per instance. */
  readonly digest: string;
  /** PATH with the fakes first; `alone` leaves out everything else (no real docker either). */
  path(alone?: boolean): string;
  calls(): BuilderCall[];
}

/**
 * Executables standing in for docker, nixpacks and pack: they record their arguments and answer as
 * the real ones do where kubesync reads them (buildx's --metadata-file, docker push's and pack's
 * digest lines). Node scripts run by this Node, so they work without any other node on PATH.
 */
export function fakeBuilders(options: FakeBuilderOptions = {}): FakeBuilders {
  const dir = makeTempDir('kubesync-builders-');
  const digest = `sha256:${randomBytes(32).toString('hex')}`;
  writeFileSync(
    path.join(dir, 'fake-builders.json'),
    JSON.stringify({
      digest,
      withoutBuildx: options.withoutBuildx ?? false,
      failBuild: options.failBuild ?? false,
    }),
  );
  for (const tool of options.tools ?? ['docker', 'nixpacks', 'pack']) {
    const file = path.join(dir, tool);
    writeFileSync(file, `#!${process.execPath}\n${SCRIPT}`);
    chmodSync(file, 0o755);
  }
  const callsFile = path.join(dir, 'calls.jsonl');
  return {
    dir,
    digest,
    path: (alone = false) => (alone ? dir : [dir, process.env.PATH].join(path.delimiter)),
    calls: () =>
      existsSync(callsFile)
        ? readFileSync(callsFile, 'utf8')
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line) as BuilderCall)
        : [],
  };
}

const SCRIPT = String.raw`
const fs = require('node:fs');
const path = require('node:path');
const config = JSON.parse(fs.readFileSync(path.join(__dirname, 'fake-builders.json'), 'utf8'));
const tool = path.basename(process.argv[1]);
const args = process.argv.slice(2);
fs.appendFileSync(path.join(__dirname, 'calls.jsonl'), JSON.stringify({ tool, args }) + '\n');
const valueOf = (flag) => args[args.indexOf(flag) + 1];
const command = [tool, ...args.slice(0, 2)].join(' ');

function failBuild() {
  for (let step = 1; step <= 30; step++) process.stderr.write('#' + step + ' build step ' + step + '\n');
  process.stderr.write('ERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1\n');
  process.exit(1);
}

if (command === 'docker buildx version') {
  if (config.withoutBuildx) {
    process.stderr.write("docker: 'buildx' is not a docker command.\n");
    process.exit(1);
  }
  process.stdout.write('github.com/docker/buildx v0.17.1 fake\n');
} else if (command === 'docker buildx build') {
  if (config.failBuild) failBuild();
  process.stderr.write('#1 [internal] load build definition from Dockerfile\n#9 pushing layers done\n');
  const metadata = { 'containerimage.digest': config.digest, 'image.name': valueOf('-t') };
  fs.writeFileSync(valueOf('--metadata-file'), JSON.stringify(metadata));
} else if (tool === 'nixpacks' && args[0] === 'build') {
  if (config.failBuild) failBuild();
  process.stdout.write('=== Successfully Built! ===\n');
} else if (tool === 'docker' && args[0] === 'push') {
  const tag = args[1].slice(args[1].lastIndexOf(':') + 1);
  process.stdout.write('The push refers to repository [' + args[1] + ']\n5f70bf18a086: Pushed\n');
  process.stdout.write(tag + ': digest: ' + config.digest + ' size: 1570\n');
} else if (tool === 'pack' && args[0] === 'build') {
  if (config.failBuild) failBuild();
  process.stdout.write('===> EXPORTING\n*** Images (6f1c3e2b9a4d):\n      ' + args[1] + '\n\n');
  process.stdout.write('*** Digest: ' + config.digest + '\n');
} else {
  process.stderr.write('fake ' + tool + ': unexpected arguments ' + args.join(' ') + '\n');
  process.exit(2);
}
`;
