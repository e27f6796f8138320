#!/usr/bin/env node
// The one file Node runs first, kept free of imports: on an older Node the bundle would fail while
// loading with an unreadable error, so the version is checked before any of it is loaded.
const REQUIRED_MAJOR = 24;
const major = Number(process.versions.node.split('.')[0]);
if (major < REQUIRED_MAJOR) {
  process.stderr.write(
    `kubesync needs Node.js ${REQUIRED_MAJOR} or newer (found ${process.versions.node}). In a workflow the action runs on node24 by itself; in a terminal, install Node.js ${REQUIRED_MAJOR} (e.g. nvm install ${REQUIRED_MAJOR}).\n`,
  );
  process.exitCode = 2;
} else {
  void (async () => {
    // The default export: the bundler hands over Node's module object itself, without statics.
    const { default: nodeModule } = await import('node:module');
    if (!runsOnceThroughObjects(process.argv[2])) await keepYoungGenerationSmall();
    // V8 keeps the compiled bundle on disk (in the temp folder), so a second run starts without
    // compiling it again; a run that cannot write there compiles as before.
    try {
      nodeModule.enableCompileCache?.();
    } catch {
      // Compiling every run is slower, not wrong.
    }
    await import('./entry.js');
  })();
}

/**
 * `validate` and `render` read the manifests and finish: no objects come and go by the thousand, and
 * a V8 flag would cost them start-up. Any flag set at run time makes Node compile each built-in module
 * it loads afterwards without its code cache, and a young generation kept at its initial size
 * scavenges five more times while the bundle loads. Other forms (`kubesync -o json render`) only
 * start a little slower.
 */
function runsOnceThroughObjects(command: string | undefined): boolean {
  return command === 'validate' || command === 'render';
}

/**
 * Objects planned come and go by the thousand: V8 would grow its young generation to tens of MB and
 * keep them committed (about 90 MB more peak RSS at 2,000 objects). Kept at its initial size,
 * scavenges come a little more often and the memory stays flat. V8 reads the factor each time the
 * young generation would grow, so setting it before any work takes effect.
 */
async function keepYoungGenerationSmall(): Promise<void> {
  const { default: v8 } = await import('node:v8');
  v8.setFlagsFromString('--semi-space-growth-factor=1');
}
