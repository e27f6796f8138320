import { describe, expect, it } from 'vitest';
import {
  isTransientNetworkError,
  parseRetryAfter,
  withCountedRetry,
  withRetry,
} from '../../src/model/retry.js';

const quick = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5, maxElapsedMs: 10_000 };

describe('withRetry', () => {
  it('retries transient failures up to the bound, then gives up with the last error', async () => {
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new Error(`fail ${calls}`));
    };
    await expect(withRetry(failing, () => ({ retry: true, reason: 'x' }), quick)).rejects.toThrow('fail 4');
    expect(calls).toBe(4);
  });

  it('does not retry what the classifier calls final', async () => {
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new Error('403'));
    };
    await expect(withRetry(failing, () => ({ retry: false }), quick)).rejects.toThrow('403');
    expect(calls).toBe(1);
  });

  it('returns the first success and reports each retry', async () => {
    let calls = 0;
    const reasons: string[] = [];
    const result = await withRetry(
      () => (++calls < 3 ? Promise.reject(new Error('reset')) : Promise.resolve('ok')),
      () => ({ retry: true, reason: 'reset' }),
      quick,
      (reason, _wait, attempt) => reasons.push(`${reason} ${attempt}`),
    );
    expect(result).toBe('ok');
    expect(reasons).toEqual(['reset 1', 'reset 2']);
  });

  it('stops when the next wait would pass the elapsed bound', async () => {
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new Error('slow'));
    };
    await expect(
      withRetry(failing, () => ({ retry: true, afterMs: 60_000, reason: '429' }), {
        ...quick,
        maxDelayMs: 60_000,
        maxElapsedMs: 1000,
      }),
    ).rejects.toThrow('slow');
    expect(calls).toBe(1);
  });
});

describe('withCountedRetry', () => {
  const refused = () => ({ retry: true, reason: 'connect ECONNREFUSED 127.0.0.1:6443' });

  it('logs a server that never answers in two lines, not one per retry', async () => {
    const lines: string[] = [];
    const failing = () => Promise.reject(new Error('refused'));
    await expect(
      withCountedRetry('GET /api', failing, refused, { ...quick, maxAttempts: 10 }, (line) =>
        lines.push(line),
      ),
    ).rejects.toThrow('refused');
    expect(lines).toEqual([
      expect.stringMatching(/^GET \/api: connect ECONNREFUSED 127\.0\.0\.1:6443; retrying in \d+ ms$/),
      'GET /api: connect ECONNREFUSED 127.0.0.1:6443; gave up after 9 retries',
    ]);
  });

  it('says how many retries an answer took, and nothing when the first attempt is answered', async () => {
    const lines: string[] = [];
    let calls = 0;
    const flaky = () => (++calls < 3 ? Promise.reject(new Error('reset')) : Promise.resolve('ok'));
    await expect(
      withCountedRetry('GET /api', flaky, refused, quick, (line) => lines.push(line)),
    ).resolves.toBe('ok');
    expect(lines.at(-1)).toBe('GET /api: answered after 2 retries');
    const quiet: string[] = [];
    await withCountedRetry(
      'GET /api',
      () => Promise.resolve(1),
      refused,
      quick,
      (line) => quiet.push(line),
    );
    expect(quiet).toEqual([]);
  });
});

describe('parseRetryAfter and transient errors', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter(new Date(Date.now() + 5000).toUTCString())).toBeGreaterThan(3000);
  });

  it('recognises resets and timeouts however deeply wrapped', () => {
    expect(
      isTransientNetworkError(
        new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) }),
      ),
    ).toBe(true);
    expect(isTransientNetworkError(Object.assign(new Error('t'), { name: 'TimeoutError' }))).toBe(true);
    expect(isTransientNetworkError(new Error('bad request'))).toBe(false);
  });

  it("recognises undici's request API errors, which come unwrapped", () => {
    const undiciError = (code: string) => Object.assign(new Error(code), { code });
    for (const code of [
      'UND_ERR_SOCKET',
      'UND_ERR_INFO',
      'UND_ERR_CLOSED',
      'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
    ])
      expect(isTransientNetworkError(undiciError(code)), code).toBe(true);
    expect(isTransientNetworkError(undiciError('UND_ERR_INVALID_ARG'))).toBe(false);
  });
});
