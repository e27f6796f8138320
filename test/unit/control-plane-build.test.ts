import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  controlPlaneCacheRoot,
  PINNED_SOURCES,
  pinnedKubernetesVersions,
  resolveKubernetesVersion,
} from '../support/control-plane-build.js';

describe('the Kubernetes versions a test run can select', () => {
  it('has pinned sources for v1.37.2 and v1.34.4, newest first', () => {
    expect(pinnedKubernetesVersions()).toEqual(['v1.37.2', 'v1.34.4']);
  });

  it('builds the same kubelet stand-in for every pinned release', () => {
    const source = (version: string) =>
      readFileSync(path.join(PINNED_SOURCES, version, 'kubernetes/fake-kubelet/main.go'), 'utf8');
    for (const version of pinnedKubernetesVersions()) expect(source(version)).toBe(source('v1.37.2'));
  });

  it.each([
    ['1.37.2', 'v1.37.2'],
    ['v1.37.2', 'v1.37.2'],
    ['1.37', 'v1.37.2'],
    ['1.26.5', 'v1.26.5'],
    ['1.26', 'v1.26.5'],
    ['1.34', 'v1.34.4'],
  ])('takes %s as %s', (requested, version) => {
    expect(resolveKubernetesVersion(requested)).toBe(version);
  });

  it.each(['1.3', '1.37.1', '1.25', 'latest'])('knows no %s', (requested) => {
    expect(resolveKubernetesVersion(requested)).toBeUndefined();
  });
});

describe('the cache the pinned control planes are built into', () => {
  it('is under XDG_CACHE_HOME when it is set', () => {
    expect(controlPlaneCacheRoot({ XDG_CACHE_HOME: '/var/cache/ci', HOME: '/home/dev' })).toBe(
      '/var/cache/ci/kubesync-control-plane',
    );
  });

  it('is under ~/.cache otherwise, outside the repository', () => {
    const root = controlPlaneCacheRoot({});
    expect(root.endsWith(path.join('.cache', 'kubesync-control-plane'))).toBe(true);
    expect(root.startsWith(path.resolve(import.meta.dirname, '../..'))).toBe(false);
  });
});
