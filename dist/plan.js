// kubesync/kubesync/.github/actions/plan: the one bundle, run as `command: plan`.
process.env.INPUT_COMMAND = 'plan';
await import('./index.js');
