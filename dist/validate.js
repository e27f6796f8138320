// kubesync/kubesync/.github/actions/validate: the one bundle, run as `command: validate`.
process.env.INPUT_COMMAND = 'validate';
await import('./index.js');
