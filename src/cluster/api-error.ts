/** A non-2xx answer of the Kubernetes API, with its Status body (reason, message, details). */
export class KubeApiError extends Error {
  override readonly name = 'KubeApiError';

  constructor(
    readonly status: number,
    readonly verb: string,
    readonly path: string,
    readonly reason: string,
    readonly apiMessage: string,
    readonly causes: readonly { field?: string; message?: string; reason?: string }[] = [],
    readonly retryAfter?: string,
  ) {
    super(`${verb} ${path}: ${status} ${reason}: ${apiMessage}`);
  }

  static fromResponse(
    status: number,
    verb: string,
    path: string,
    body: string,
    retryAfter?: string,
  ): KubeApiError {
    let parsed: { reason?: string; message?: string; details?: { causes?: KubeApiError['causes'] } } = {};
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      parsed = { message: body.slice(0, 500) };
    }
    return new KubeApiError(
      status,
      verb,
      path,
      parsed.reason ?? String(status),
      parsed.message ?? '',
      parsed.details?.causes ?? [],
      retryAfter,
    );
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof KubeApiError && error.status === 404;
}
