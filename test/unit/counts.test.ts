import { describe, expect, it } from 'vitest';
import { countLine } from '../../src/validate/counts.js';

describe('countLine', () => {
  it.each([
    [{ objects: 1, errors: 1, warnings: 1 }, '1 object, 1 error, 1 warning'],
    [{ objects: 0, errors: 0, warnings: 2 }, '0 objects, 0 errors, 2 warnings'],
    [{ objects: 3, errors: 2, warnings: 0, files: 1 }, '3 objects from 1 file, 2 errors, 0 warnings'],
    [
      { objects: 5, errors: 0, warnings: 0, files: 2, source: 'kubernetes' },
      '5 objects from 2 files (kubernetes), 0 errors, 0 warnings',
    ],
    [
      { objects: 5, errors: 0, warnings: 0, files: 4, source: 'kustomize' },
      '5 objects from 1 kustomization, 4 files, 0 errors, 0 warnings',
    ],
    [
      { objects: 3, errors: 0, warnings: 1, files: 3, source: 'helm' },
      '3 objects from 1 chart, 3 templates, 0 errors, 1 warning',
    ],
  ])('%j reads "%s"', (counts, line) => {
    expect(countLine(counts)).toBe(line);
  });
});
