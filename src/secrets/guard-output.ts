import type { SecretValues } from './redact.js';

const ADD_MASK = '::add-mask::';

type Write = (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;

/**
 * Redacts every write to stdout and stderr, whoever makes it (our log, @actions/core's annotations and
 * setFailed, a stack trace), so a secret that reaches a message by any path is still not printed. The
 * runner's `::add-mask::` command is the one line that must carry the value: the runner consumes it and
 * never shows it. Returns the unguarded write, for output the user asked to see (`render --show-secrets`).
 */
export function guardOutput(stream: NodeJS.WriteStream, secrets: SecretValues): (text: string) => boolean {
  const write = stream.write.bind(stream) as Write;
  const guarded: Write = (chunk, ...rest) => {
    if (secrets.size === 0) return write(chunk, ...rest);
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    if (text.startsWith(ADD_MASK)) return write(chunk, ...rest);
    return write(secrets.redact(text), ...rest);
  };
  stream.write = guarded;
  return (text) => write(text);
}
