import { describe, expect, it } from 'vitest';
import { terminalLogOn } from '../../src/cli/terminal-log.js';

function stream(isTTY: boolean, columns = 40) {
  const written: string[] = [];
  return { written, isTTY, columns, write: (text: string) => written.push(text) };
}

describe('terminalLogOn', () => {
  it('on a terminal, rewrites one status line in place and clears it before the next line', () => {
    const out = stream(true);
    const log = terminalLogOn(out);
    log.status?.('deployment/web: 0/2 replicas ready');
    log.status?.('deployment/web: 1/2 replicas ready, 1 Pending: Insufficient cpu');
    log.info('deployment/web: 2/2 replicas ready (took 12s)');
    expect(out.written).toEqual([
      '\r\u001b[Kdeployment/web: 0/2 replicas ready',
      // Cut to the terminal's width: a wrapped line would not be rewritten whole.
      '\r\u001b[Kdeployment/web: 1/2 replicas ready, 1 …',
      '\r\u001b[K',
      'deployment/web: 2/2 replicas ready (took 12s)\n',
    ]);
  });

  it('has no status line when stderr is not a terminal (a pipe, CI): progress goes line by line', () => {
    const out = stream(false);
    const log = terminalLogOn(out);
    expect(log.status).toBeUndefined();
    log.info('deployment/web: 0/2 replicas ready');
    expect(out.written).toEqual(['deployment/web: 0/2 replicas ready\n']);
  });
});
