import { describe, expect, it } from 'vitest';
import { DIST_ENTRY, runProcess } from '../support/run-dist.js';
import { makeWorkspace } from '../support/workspace.js';

/** Makes the bundled CLI believe it runs on an older Node, before any of it loads. */
const pretendNode = (version: string) =>
  `--import=data:text/javascript,Object.defineProperty(process, "versions", {value: {...process.versions, node: "${version}"}})`;

describe('the bundled CLI on an older Node.js', () => {
  it('says which Node.js it needs in one line instead of failing while it loads', async () => {
    const workspace = makeWorkspace({});
    const result = await runProcess([pretendNode('20.11.0'), DIST_ENTRY, '--help'], {}, workspace);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'kubesync needs Node.js 24 or newer (found 20.11.0). In a workflow the action runs on node24 by itself; in a terminal, install Node.js 24 (e.g. nvm install 24).\n',
    );
  });
});
