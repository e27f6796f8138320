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
