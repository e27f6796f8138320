import path from 'node:path';
import { inject } from 'vitest';

/**
 * Puts the real helm and kubectl (from the npm package the global setup extracted) first on PATH.
 * Returns why they are missing instead, so the caller can skip visibly.
 */
export function useRealTools(): { available: boolean; reason: string; restore: () => void } {
  const toolsDir = inject('toolsDir');
  const original = process.env.PATH;
  if (!toolsDir) return { available: false, reason: inject('toolsProblem'), restore: () => undefined };
  process.env.PATH = [path.join(toolsDir, 'helm'), path.join(toolsDir, 'kubectl'), original].join(
    path.delimiter,
  );
  return { available: true, reason: '', restore: () => (process.env.PATH = original) };
}
