import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, REPO_ROOT } from '../support/workspace.js';

const RELEASE_SCRIPTS = path.join(REPO_ROOT, '.github/release');

/** git isolated from the machine's and the user's configuration, and from any repository around it. */
const GIT_ENV: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_'))),
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'kubesync tests',
  GIT_AUTHOR_EMAIL: 'tests@kubesync.invalid',
  GIT_COMMITTER_NAME: 'kubesync tests',
  GIT_COMMITTER_EMAIL: 'tests@kubesync.invalid',
};

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string): Run {
  const result = spawnSync(command, args, { cwd, env: GIT_ENV, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function script(name: string, args: string[], cwd: string): Run {
  return run('bash', [path.join(RELEASE_SCRIPTS, name), ...args], cwd);
}

/** A clone whose `origin` is a local bare repository, as a release job's checkout pushes to GitHub. */
function releaseRepository() {
  const root = makeTempDir('kubesync-release-');
  const remote = path.join(root, 'remote.git');
  const work = path.join(root, 'work');
  const git = (...args: string[]): string => {
    const result = run('git', args, work);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout.trim();
  };
  run('git', ['init', '--quiet', '--bare', remote], root);
  run('git', ['init', '--quiet', '--initial-branch=main', work], root);
  git('remote', 'add', 'origin', remote);
  let commits = 0;
  return {
    git,
    /** A new commit on the current branch; its id. */
    commit(): string {
      git('commit', '--quiet', '--allow-empty', '--message', `change ${++commits}`);
      git('push', '--quiet', 'origin', 'HEAD');
      return git('rev-parse', 'HEAD');
    },
    /** Tags a commit (annotated, as `git tag -a` releases are) and pushes the tag. */
    tag(name: string, commit: string) {
      git('tag', '--annotate', '--message', name, name, commit);
      git('push', '--quiet', 'origin', `refs/tags/${name}`);
    },
    moveMajorTag(tag: string): Run {
      return script('move-major-tag.sh', [tag, 'origin'], work);
    },
    /** Every ref of the remote, as `git ls-remote` lists them (tags peeled as name^{} too). */
    remoteRefs(): Map<string, string> {
      return new Map(
        git('ls-remote', 'origin')
          .split('\n')
          .filter(Boolean)
          .map((line) => {
            const [sha = '', ref = ''] = line.split('\t');
            return [ref, sha] as const;
          }),
      );
    },
    /** The commit a tag of the remote points at, or undefined. */
    remoteTag(name: string): string | undefined {
      const refs = this.remoteRefs();
      return refs.get(`refs/tags/${name}^{}`) ?? refs.get(`refs/tags/${name}`);
    },
  };
}

/** The remote's refs other than the given ones: what a move must leave exactly as it was. */
function without(refs: Map<string, string>, ...names: string[]): Map<string, string> {
  const left = new Map(refs);
  for (const name of names) {
    left.delete(`refs/tags/${name}`);
    left.delete(`refs/tags/${name}^{}`);
  }
  return left;
}

describe('move-major-tag.sh', () => {
  it('creates v0 at the commit of the first release, and pushes nothing else', () => {
    const repo = releaseRepository();
    const first = repo.commit();
    repo.tag('v0.1.0', first);
    const before = repo.remoteRefs();

    const result = repo.moveMajorTag('v0.1.0');

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(repo.remoteTag('v0')).toBe(first);
    expect(without(repo.remoteRefs(), 'v0')).toEqual(before);
  });

  it('moves v0 to a later release and leaves every other tag and branch as it was', () => {
    const repo = releaseRepository();
    const first = repo.commit();
    repo.tag('v0.1.0', first);
    expect(repo.moveMajorTag('v0.1.0').status).toBe(0);
    repo.commit();
    const later = repo.commit();
    repo.tag('v0.2.0', later);
    repo.git('tag', 'nightly', first);
    repo.git('push', '--quiet', 'origin', 'refs/tags/nightly');
    const before = repo.remoteRefs();

    const result = repo.moveMajorTag('v0.2.0');

    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`v0 now at ${later} (v0.2.0) on origin, was ${first}`);
    expect(repo.remoteTag('v0')).toBe(later);
    expect(without(repo.remoteRefs(), 'v0')).toEqual(without(before, 'v0'));
  });

  it('refuses an older release (a hotfix of an earlier line) and leaves v0 where it is', () => {
    const repo = releaseRepository();
    const first = repo.commit();
    repo.tag('v0.1.0', first);
    const second = repo.commit();
    repo.tag('v0.2.0', second);
    expect(repo.moveMajorTag('v0.2.0').status).toBe(0);
    repo.git('switch', '--quiet', '--create', 'release-0.1', first);
    const hotfix = repo.commit();
    repo.tag('v0.1.1', hotfix);
    const before = repo.remoteRefs();

    const result = repo.moveMajorTag('v0.1.1');

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`v0 is at ${second}, released as v0.2.0, newer than v0.1.1`);
    expect(repo.remoteRefs()).toEqual(before);
    expect(repo.remoteTag('v0')).toBe(second);
  });

  it('refuses an older version even on a later commit', () => {
    const repo = releaseRepository();
    const second = repo.commit();
    repo.tag('v0.2.0', second);
    expect(repo.moveMajorTag('v0.2.0').status).toBe(0);
    repo.tag('v0.1.5', repo.commit());
    const before = repo.remoteRefs();

    const result = repo.moveMajorTag('v0.1.5');

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('released as v0.2.0, newer than v0.1.5');
    expect(repo.remoteRefs()).toEqual(before);
  });

  it('refuses a release whose commit does not descend from the one v0 is at, whatever its version', () => {
    const repo = releaseRepository();
    const first = repo.commit();
    repo.tag('v0.1.0', first);
    const second = repo.commit();
    repo.tag('v0.2.0', second);
    expect(repo.moveMajorTag('v0.2.0').status).toBe(0);
    repo.git('switch', '--quiet', '--create', 'side', first);
    const side = repo.commit();
    repo.tag('v0.3.0', side);
    const before = repo.remoteRefs();

    const result = repo.moveMajorTag('v0.3.0');

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`v0 is at ${second}, which is not an ancestor of v0.3.0 (${side})`);
    expect(repo.remoteRefs()).toEqual(before);
  });

  it('never moves v1 for the pre-release v1.0.0-rc.1, before or after v1.0.0', () => {
    const repo = releaseRepository();
    repo.tag('v1.0.0-rc.1', repo.commit());
    const before = repo.remoteRefs();

    const refused = repo.moveMajorTag('v1.0.0-rc.1');

    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('v1.0.0-rc.1 is not a release tag vX.Y.Z');
    expect(repo.remoteRefs()).toEqual(before);
    expect(repo.remoteTag('v1')).toBeUndefined();

    const release = repo.commit();
    repo.tag('v1.0.0', release);
    expect(repo.moveMajorTag('v1.0.0').status).toBe(0);
    repo.tag('v1.1.0-rc.1', repo.commit());
    expect(repo.moveMajorTag('v1.1.0-rc.1').status).toBe(1);
    expect(repo.remoteTag('v1')).toBe(release);
  });

  it.each(['v1', 'v1.2', '1.2.3', 'v01.2.3', 'v1.2.3.4', 'release-1.2.3', 'v1.2.3+build.5'])(
    'refuses the tag %s, which is not vX.Y.Z',
    (tag) => {
      const repo = releaseRepository();
      repo.tag(tag, repo.commit());
      const before = repo.remoteRefs();

      const result = repo.moveMajorTag(tag);

      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${tag} is not a release tag vX.Y.Z`);
      expect(repo.remoteRefs()).toEqual(before);
    },
  );

  it('moves only the major of the release: v1.0.0 creates v1 and leaves v0 alone', () => {
    const repo = releaseRepository();
    const zero = repo.commit();
    repo.tag('v0.9.0', zero);
    expect(repo.moveMajorTag('v0.9.0').status).toBe(0);
    const one = repo.commit();
    repo.tag('v1.0.0', one);

    expect(repo.moveMajorTag('v1.0.0').status).toBe(0);

    expect(repo.remoteTag('v1')).toBe(one);
    expect(repo.remoteTag('v0')).toBe(zero);
  });

  it('lets an older line move its own major while a newer major is on the same commit', () => {
    const repo = releaseRepository();
    const shared = repo.commit();
    repo.tag('v0.9.0', shared);
    repo.tag('v1.0.0', shared);
    expect(repo.moveMajorTag('v0.9.0').status).toBe(0);
    expect(repo.moveMajorTag('v1.0.0').status).toBe(0);
    const fix = repo.commit();
    repo.tag('v0.9.1', fix);

    expect(repo.moveMajorTag('v0.9.1').status).toBe(0);

    expect(repo.remoteTag('v0')).toBe(fix);
    expect(repo.remoteTag('v1')).toBe(shared);
  });

  it('changes nothing when run again for the release v0 is at', () => {
    const repo = releaseRepository();
    const first = repo.commit();
    repo.tag('v0.1.0', first);
    expect(repo.moveMajorTag('v0.1.0').status).toBe(0);
    const before = repo.remoteRefs();

    const again = repo.moveMajorTag('v0.1.0');

    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`v0 is already at ${first} (v0.1.0) on origin`);
    expect(repo.remoteRefs()).toEqual(before);
  });

  it('moves a v0 that someone created as an annotated tag', () => {
    const repo = releaseRepository();
    const first = repo.commit();
    repo.tag('v0', first);
    const second = repo.commit();
    repo.tag('v0.2.0', second);

    expect(repo.moveMajorTag('v0.2.0').status).toBe(0);

    expect(repo.remoteTag('v0')).toBe(second);
  });

  it('refuses a release tag the remote does not have, or has at another commit', () => {
    const repo = releaseRepository();
    const first = repo.commit();
    repo.git('tag', 'v0.1.0', first);
    const before = repo.remoteRefs();

    const unpushed = repo.moveMajorTag('v0.1.0');

    expect(unpushed.status).toBe(1);
    expect(unpushed.stderr).toContain('origin has no tag v0.1.0: push the release tag first');
    expect(repo.remoteRefs()).toEqual(before);

    repo.git('push', '--quiet', 'origin', 'refs/tags/v0.1.0');
    repo.git('tag', '--force', 'v0.1.0', repo.commit());
    const moved = repo.moveMajorTag('v0.1.0');

    expect(moved.status).toBe(1);
    expect(moved.stderr).toContain(`origin has v0.1.0 at ${first}, but here it is at`);
    expect(repo.remoteTag('v0')).toBeUndefined();
  });

  it('refuses a shallow clone, where ancestry cannot be told', () => {
    const repo = releaseRepository();
    repo.tag('v0.1.0', repo.commit());
    repo.tag('v0.2.0', repo.commit());
    const shallow = path.join(makeTempDir('kubesync-shallow-'), 'clone');
    const remote = repo.git('remote', 'get-url', 'origin');
    expect(run('git', ['clone', '--quiet', '--depth=1', `file://${remote}`, shallow], REPO_ROOT).status).toBe(
      0,
    );
    repo.git('fetch', '--quiet', 'origin');
    run('git', ['fetch', '--quiet', '--depth=1', 'origin', 'refs/tags/v0.2.0:refs/tags/v0.2.0'], shallow);

    const result = script('move-major-tag.sh', ['v0.2.0', 'origin'], shallow);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('this clone is shallow');
    expect(repo.remoteTag('v0')).toBeUndefined();
  });
});

const CHANGELOG = `# Changelog

## [Unreleased]

### Added

- something not released yet

## [0.2.0] - 2026-03-01

### Fixed

- the second release's fix

## [0.2.0-rc.1] - 2026-02-20

### Fixed

- the release candidate's fix

## [0.1.0] - 2026-01-31

### Added

- the first release

[unreleased]: https://github.com/kubesync/kubesync/compare/v0.2.0...HEAD
[0.2.0]: https://github.com/kubesync/kubesync/compare/v0.1.0...v0.2.0
[0.1.0]: https://github.com/kubesync/kubesync/releases/tag/v0.1.0
`;

describe('changelog-notes.sh', () => {
  function notes(version: string, changelog = CHANGELOG): Run {
    const folder = makeTempDir('kubesync-changelog-');
    writeFileSync(path.join(folder, 'CHANGELOG.md'), changelog);
    return script('changelog-notes.sh', [version], folder);
  }

  it.each([
    ['0.2.0', "### Fixed\n\n- the second release's fix\n"],
    ['v0.2.0', "### Fixed\n\n- the second release's fix\n"],
    ['0.2.0-rc.1', "### Fixed\n\n- the release candidate's fix\n"],
    ['0.1.0', '### Added\n\n- the first release\n'],
  ])('prints the body of the section of %s, without its heading or the link references', (version, body) => {
    const result = notes(version);

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(body);
  });

  it.each(['0.3.0', '0.2', '2.0'])('fails for %s, which has no section', (version) => {
    const result = notes(version);

    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`has no notes for ${version}`);
  });

  it('fails for a section without notes', () => {
    const result = notes(
      '0.1.0',
      '# Changelog\n\n## [0.1.0] - 2026-01-31\n\n## [0.0.1] - 2026-01-01\n\n- x\n',
    );

    expect(result.status).toBe(1);
  });

  it("finds the changes so far in the repository's CHANGELOG.md, grouped as Keep a Changelog groups them", () => {
    const result = script(
      'changelog-notes.sh',
      ['Unreleased', path.join(REPO_ROOT, 'CHANGELOG.md')],
      REPO_ROOT,
    );

    expect(result.status).toBe(0);
    const groups = result.stdout.split('\n').filter((line) => line.startsWith('### '));
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups)
      expect([
        '### Added',
        '### Changed',
        '### Deprecated',
        '### Removed',
        '### Fixed',
        '### Security',
      ]).toContain(group);
  });
});

describe('check-version.sh', () => {
  const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };

  it("accepts the tag of package.json's version", () => {
    const result = script('check-version.sh', [`v${version}`], REPO_ROOT);

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(['v99.0.0', version, `v${version}-rc.1`])('refuses the tag %s', (tag) => {
    const result = script('check-version.sh', [tag], REPO_ROOT);

    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^check-version: /);
  });
});
