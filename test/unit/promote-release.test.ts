import { describe, expect, it } from 'vitest';
import { imageMoves } from '../../src/promote/image-moves.js';
import { releaseFromGit, releaseFromParent } from '../../src/app/commands/last-release.js';
import { statusRefusal } from '../../src/promote/status-check.js';
import { promotionTitle } from '../../src/report/promotion-body.js';
import { promotionSummary } from '../../src/report/promotion-summary.js';

const SHA = 'abcdef1234567890abcdef1234567890abcdef12';
const DIGEST = `sha256:${'b'.repeat(64)}`;

describe("promote's check of from's last apply", () => {
  it('passes only when the newest status of the context is success', () => {
    const older = { context: 'kubesync/staging', state: 'failure' };
    expect(
      statusRefusal(
        [{ context: 'kubesync/staging', state: 'success' }, older],
        'kubesync/staging',
        SHA,
        'staging',
      ),
    ).toBeUndefined();
  });

  it('says why not: failed, still running, or never recorded', () => {
    const failed = [{ context: 'kubesync/staging', state: 'failure', description: 'Failed: web not ready' }];
    expect(statusRefusal(failed, 'kubesync/staging', SHA, 'staging')).toBe(
      "staging's last apply (commit abcdef1) did not succeed (kubesync/staging is failure: Failed: web not ready); fix staging first",
    );
    expect(
      statusRefusal([{ context: 'kubesync/staging', state: 'pending' }], 'kubesync/staging', SHA, 'staging'),
    ).toMatch(/has not finished \(kubesync\/staging is pending\)/);
    expect(
      statusRefusal(
        [{ context: 'kubesync/production', state: 'success' }],
        'kubesync/staging',
        SHA,
        'staging',
      ),
    ).toBe(
      "staging's last apply (commit abcdef1) has no commit status kubesync/staging; only an apply that succeeded is promoted",
    );
  });
});

describe("promote's reading of what from runs", () => {
  it('takes the images the ApplySet parent recorded, and checks the newest Deployment when there is one', () => {
    const state = {
      groupKinds: [],
      namespaces: [],
      lastCommit: SHA,
      lastImages: [`ghcr.io/acme/web@${DIGEST}`],
    };
    expect(releaseFromParent(state, 'staging', 'shop/kubesync-web', undefined)).toEqual({
      commit: SHA,
      images: [`ghcr.io/acme/web@${DIGEST}`],
      imagesFrom: 'its ApplySet parent Secret shop/kubesync-web',
    });
    expect(releaseFromParent(state, 'staging', 'p', { id: 1, sha: 'f'.repeat(40) })).toMatchObject({
      commit: 'f'.repeat(40),
    });
  });

  it('refuses when nothing is recorded', () => {
    expect(releaseFromParent(undefined, 'staging', 'shop/kubesync-web', undefined)).toEqual({
      refused: 'staging has no apply recorded: its ApplySet parent Secret shop/kubesync-web does not exist',
    });
    const older = { groupKinds: [], namespaces: [], lastCommit: SHA };
    expect(releaseFromParent(older, 'staging', 'p', undefined)).toMatchObject({
      refused: expect.stringMatching(/records no images/),
    });
    expect(releaseFromGit(undefined, 'staging', ['web:1'], 'manifests/staging/pipeops.yaml')).toMatchObject({
      refused: expect.stringMatching(/no GitHub Deployment for environment staging/),
    });
  });
});

describe('the images a promotion moves', () => {
  it('pairs each image to runs with the reference from runs under the same name; others stay out', () => {
    expect(
      imageMoves(['ghcr.io/acme/web:1.3.0', 'ghcr.io/acme/debug:1'], ['ghcr.io/acme/web:1.2.0', 'redis:7']),
    ).toEqual([
      { name: 'ghcr.io/acme/web', current: 'ghcr.io/acme/web:1.2.0', promoted: 'ghcr.io/acme/web:1.3.0' },
    ]);
  });

  it('titles the pull request with the changes, and summarizes each app', () => {
    const moves = imageMoves(
      ['ghcr.io/acme/web:1.3.0', `ghcr.io/acme/api@${DIGEST}`],
      ['ghcr.io/acme/web:1.2.0', 'ghcr.io/acme/api:2.0'],
    );
    expect(promotionTitle('shop', 'production', moves)).toBe(
      'Promote shop to production: web 1.2.0 → 1.3.0, api 2.0 → @bbbbbbbbbbbb',
    );
    const summary = promotionSummary([
      {
        app: 'shop',
        from: 'staging',
        to: 'production',
        images: moves,
        pullRequest: { number: 7, url: 'https://github.com/acme/shop/pull/7', created: true },
      },
      { app: 'admin', from: 'staging', to: 'production', images: [], refused: 'staging | failed' },
    ]);
    expect(summary).toContain(
      '| `shop` | staging → production | web 1.2.0 → 1.3.0, api 2.0 → @bbbbbbbbbbbb | [#7](https://github.com/acme/shop/pull/7) opened |',
    );
    expect(summary).toContain('| `admin` | staging → production | – | ❌ refused: staging \\| failed |');
  });
});
