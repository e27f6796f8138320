// kubesync/kubesync/.github/actions/apply: the one bundle, run as `command: apply`.
process.env.INPUT_COMMAND = 'apply';
await import('./index.js');
