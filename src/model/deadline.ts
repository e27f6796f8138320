/**
 * Runs one request with a deadline that always settles it. The deadline aborts the request through
 * `signal` and, should the HTTP stack not notice (a connection reset at an unlucky byte can leave its
 * promise pending), rejects on its own. Its timer is ref'd: an unref'd one (AbortSignal.timeout) lets
 * Node exit mid-run when nothing else is pending.
 */
export async function withDeadline<T>(
  timeoutMs: number,
  what: string,
  request: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new DOMException(`${what}: no complete answer within ${timeoutMs} ms`, 'TimeoutError');
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    return await Promise.race([request(controller.signal), expired]);
  } finally {
    clearTimeout(timer);
  }
}
