import { describe, expect, it } from 'vitest';
import type { ImageOverride } from '../../src/manifests/image-override.js';
import { overrideImage, parseImageOverride, withDefaultTag } from '../../src/manifests/image-override.js';
import { splitImage } from '../../src/manifests/image-reference.js';
import { settingsFor } from '../support/workspace.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

function parsed(text: string): ImageOverride {
  const result = parseImageOverride(text, 1);
  if (!('override' in result)) throw new Error(`${text}: ${result.problem}`);
  return result.override;
}

describe('splitImage, as kustomize splits an image', () => {
  it.each([
    ['nginx', { name: 'nginx' }],
    ['nginx:1.25', { name: 'nginx', tag: '1.25' }],
    ['ghcr.io/acme/web@' + DIGEST, { name: 'ghcr.io/acme/web', digest: DIGEST }],
    ['ghcr.io/acme/web:1.0@' + DIGEST, { name: 'ghcr.io/acme/web', tag: '1.0', digest: DIGEST }],
    ['localhost:5000/web', { name: 'localhost:5000/web' }],
    ['localhost:5000/web:2', { name: 'localhost:5000/web', tag: '2' }],
  ])('%s', (image, expected) => {
    expect(splitImage(image)).toEqual(expected);
  });
});

describe('the forms of an images entry', () => {
  it.each([
    [
      'ghcr.io/acme/web=registry.example.com/web',
      { name: 'ghcr.io/acme/web', newName: 'registry.example.com/web' },
    ],
    ['ghcr.io/acme/web:v2', { name: 'ghcr.io/acme/web', newTag: 'v2' }],
    ['web=ghcr.io/acme/web:v2', { name: 'web', newName: 'ghcr.io/acme/web', newTag: 'v2' }],
    [`ghcr.io/acme/web@${DIGEST}`, { name: 'ghcr.io/acme/web', digest: DIGEST }],
    [`web=ghcr.io/acme/web@${DIGEST}`, { name: 'web', newName: 'ghcr.io/acme/web', digest: DIGEST }],
    ['localhost:5000/web', { name: 'localhost:5000/web' }],
    ['localhost:5000/web:3', { name: 'localhost:5000/web', newTag: '3' }],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toEqual({ text, line: 1, ...expected });
  });

  it.each([
    ['web:1.0=ghcr.io/acme/web', 'left of "=", is written without tag or digest'],
    ['=ghcr.io/acme/web', 'the image name is empty'],
    ['web=', 'the new name is empty'],
    ['web:', '"" is not a tag'],
    ['web:bad/tag!', 'is not an image name'],
    ['web@sha256:abc', '"sha256:abc" is not a digest'],
    ['we b:1', 'is not an image name'],
  ])('refuses %s', (text, problem) => {
    const result = parseImageOverride(text, 1);
    expect('problem' in result && result.problem).toContain(problem);
  });
});

describe('the images input', () => {
  it('names each bad line with its number, and a second entry for the same image', () => {
    expect(() =>
      settingsFor('/', { images: 'ghcr.io/acme/web:v1\n\nredis:7=\nghcr.io/acme/web:v2' }),
    ).toThrow(
      'input "images": line 3 (redis:7=): the image to match, left of "=", is written without tag or digest (redis); input "images": line 4 (ghcr.io/acme/web:v2): line 1 already overrides ghcr.io/acme/web',
    );
  });

  it('keeps the line of each entry, blank lines counted', () => {
    const settings = settingsFor('/', { images: 'redis:7\n\n  ghcr.io/acme/web  \n' });
    expect(settings.images).toEqual([
      { text: 'redis:7', line: 1, name: 'redis', newTag: '7' },
      { text: 'ghcr.io/acme/web', line: 3, name: 'ghcr.io/acme/web' },
    ]);
  });

  it('is empty by default', () => {
    expect(settingsFor('/').images).toEqual([]);
  });
});

describe('what an entry makes of an image, as kustomize does', () => {
  it.each([
    ['web=ghcr.io/acme/web', 'web:1.0', 'ghcr.io/acme/web:1.0'],
    ['web=ghcr.io/acme/web', `web@${DIGEST}`, `ghcr.io/acme/web@${DIGEST}`],
    ['web:2.0', 'web:1.0', 'web:2.0'],
    ['web:2.0', `web:1.0@${DIGEST}`, 'web:2.0'],
    [`web@${DIGEST}`, 'web:1.0', `web@${DIGEST}`],
    ['web=ghcr.io/acme/web:2.0', 'web', 'ghcr.io/acme/web:2.0'],
    ['web', 'web:1.0', 'web:1.0'],
  ])('%s turns %s into %s', (entry, image, expected) => {
    expect(overrideImage(image, parsed(entry))).toBe(expected);
  });

  it('gives image-tag to an entry that names no tag and no digest, and only to such an entry', () => {
    expect(withDefaultTag(parsed('web'), 'v3')).toMatchObject({ newTag: 'v3' });
    expect(withDefaultTag(parsed('web=ghcr.io/acme/web'), 'v3')).toMatchObject({ newTag: 'v3' });
    expect(withDefaultTag(parsed('web:v1'), 'v3')).toMatchObject({ newTag: 'v1' });
    expect(withDefaultTag(parsed(`web@${DIGEST}`), 'v3').newTag).toBeUndefined();
    expect(withDefaultTag(parsed('web'), '').newTag).toBeUndefined();
  });
});
