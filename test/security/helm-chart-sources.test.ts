import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/manifests/load.js';
import { useRealTools } from '../support/tools.js';
import { makeTempDir, makeWorkspace, settingsFor } from '../support/workspace.js';
import { expectRefused, linkIn, outsideCanary } from './hostile.js';

const tools = useRealTools();
afterAll(() => tools.restore());

const CHART = 'apiVersion: v2\nname: web\nversion: 0.1.0\n';
/** A template that puts every file under files/ into a ConfigMap, as a chart's config would. */
const FILES_TEMPLATE = `apiVersion: v1
kind: ConfigMap
metadata:
  name: files
data:
{{- range $path, $_ := .Files.Glob "files/*" }}
  {{ base $path }}: {{ $.Files.Get $path | quote }}
{{- end }}
`;

function chart(extra: Record<string, string> = {}): string {
  return makeWorkspace({
    'charts/web/Chart.yaml': CHART,
    'charts/web/values.yaml': 'replicas: 1\n',
    'charts/web/templates/files.yaml': FILES_TEMPLATE,
    'charts/web/files/ok.txt': 'fine\n',
    ...extra,
  });
}

describe.skipIf(!tools.available)(`helm charts cannot read outside the repository ${tools.reason}`, () => {
  it('refuses a chart file that .Files.Get would read through a symlink to /proc/self/environ', async () => {
    const marker = `kubesync-canary-${Date.now()}`;
    process.env.KUBESYNC_TEST_CANARY = marker;
    try {
      const root = chart();
      linkIn(root, 'charts/web/files/token', '/proc/self/environ');
      const refusal = await expectRefused(loadManifests(settingsFor(root, { manifest: 'charts/web' })), [
        "charts/web/files/token is a symlink to /proc/self/environ, outside the repository; helm would read it. Replace the link with the file's content or remove it",
      ]);
      expect(refusal.message).not.toContain(marker);
    } finally {
      delete process.env.KUBESYNC_TEST_CANARY;
    }
  });

  it('refuses a chart file linked to a file outside the repository', async () => {
    const canary = outsideCanary();
    const root = chart();
    linkIn(root, 'charts/web/files/config', canary.file);
    await expectRefused(
      loadManifests(settingsFor(root, { manifest: 'charts/web' })),
      ['charts/web/files/config is a symlink to', canary.file],
      canary,
    );
  });

  it("refuses a chart file linked to the repository's own .git/config", async () => {
    const root = chart({
      '.git/config': '[remote "origin"]\n  url = https://x-access-token:ghs_secret@github.com/acme/shop\n',
    });
    linkIn(root, 'charts/web/files/git', '../../../.git/config');
    await expectRefused(loadManifests(settingsFor(root, { manifest: 'charts/web' })), [
      "charts/web/files/git is a symlink to ../../../.git/config, inside the repository's .git folder",
    ]);
  });

  it('refuses a template that is a symlink out of the repository', async () => {
    const canary = outsideCanary();
    const root = chart();
    linkIn(root, 'charts/web/templates/stolen.yaml', canary.file);
    await expectRefused(
      loadManifests(settingsFor(root, { manifest: 'charts/web' })),
      ['charts/web/templates/stolen.yaml is a symlink to', canary.file],
      canary,
    );
  });

  it('refuses a Chart.lock that is a symlink out of the repository', async () => {
    const canary = outsideCanary();
    const root = chart();
    linkIn(root, 'charts/web/Chart.lock', canary.file);
    await expectRefused(
      loadManifests(settingsFor(root, { manifest: 'charts/web' })),
      ['charts/web/Chart.lock is a symlink to', canary.file],
      canary,
    );
  });

  it('refuses a chart values file that is a symlink out of the repository', async () => {
    const canary = outsideCanary();
    const root = chart();
    linkIn(root, 'charts/web/values-prod.yaml', canary.file);
    await expectRefused(
      loadManifests(
        settingsFor(root, { manifest: 'charts/web', 'helm-values': 'charts/web/values-prod.yaml' }),
      ),
      ['charts/web/values-prod.yaml', canary.file, 'outside the repository'],
      canary,
    );
  });

  it('refuses helm-values that climb out of the repository or are absolute', async () => {
    const canary = outsideCanary();
    const root = chart();
    await expectRefused(
      loadManifests(settingsFor(root, { manifest: 'charts/web', 'helm-values': '../../outside.yaml' })),
      ['helm values file "../../outside.yaml" leaves the repository'],
      canary,
    );
    await expectRefused(
      loadManifests(settingsFor(root, { manifest: 'charts/web', 'helm-values': canary.file })),
      [`helm values file "${canary.file}" is an absolute path`],
      canary,
    );
  });

  it('refuses a local chart dependency outside the repository, naming the Chart.yaml line', async () => {
    const canary = outsideCanary();
    const root = chart({
      'charts/web/Chart.yaml': `${CHART}dependencies:\n  - name: evil\n    version: 0.1.0\n    repository: file://../../../../../../../../..${canary.dir}\n`,
    });
    await expectRefused(
      loadManifests(settingsFor(root, { manifest: 'charts/web' })),
      ['charts/web/Chart.yaml:7:5', 'dependencies[0].repository', 'leaves the repository'],
      canary,
    );
  });

  it('never fetches a chart dependency: one missing from charts/ fails without a request', async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const root = chart({
        'charts/web/Chart.yaml': `${CHART}dependencies:\n  - name: evil\n    version: 0.1.0\n    repository: http://127.0.0.1:${port}/charts\n`,
        'charts/web/Chart.lock': `dependencies:\n  - name: evil\n    version: 0.1.0\n    repository: http://127.0.0.1:${port}/charts\ndigest: sha256:0\ngenerated: "2026-01-01T00:00:00Z"\n`,
      });
      await expect(loadManifests(settingsFor(root, { manifest: 'charts/web' }))).rejects.toThrow(
        /missing in charts\/ directory: evil/,
      );
      expect(requests).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('refuses an alias bomb in a chart template without expanding it', async () => {
    const laughs = ['a0: &a0 "lol"'];
    for (let level = 1; level <= 9; level++) {
      laughs.push(`a${level}: &a${level} [${Array.from({ length: 9 }, () => `*a${level - 1}`).join(', ')}]`);
    }
    const root = chart({
      'charts/web/templates/lol.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\ndata:\n${laughs.map((line) => `  ${line}`).join('\n')}\n`,
    });
    // helm itself parses each template's output, and go-yaml refuses the bomb before any of it reaches us.
    await expect(loadManifests(settingsFor(root, { manifest: 'charts/web' }))).rejects.toThrow(
      /helm template charts\/web failed[\s\S]*excessive aliasing/,
    );
  });

  it("keeps a release name or --set value that looks like a flag out of helm's flags", async () => {
    const ran = path.join(makeTempDir('kubesync-post-renderer-'), 'ran');
    const script = path.join(path.dirname(ran), 'post-render.sh');
    writeFileSync(script, `#!/bin/sh\ntouch ${ran}\ncat\n`, { mode: 0o755 });
    const root = chart();
    await expect(
      loadManifests(
        settingsFor(root, {
          manifest: 'charts/web',
          'helm-release': `--post-renderer=${script}`,
        }),
      ),
    ).rejects.toThrow(/helm template charts\/web failed/);
    expect(existsSync(ran)).toBe(false);
    const loaded = await loadManifests(
      settingsFor(root, { manifest: 'charts/web', 'helm-set': `replicas=--post-renderer=${script}` }),
    );
    expect(loaded.resources.map((resource) => resource.object.kind)).toEqual(['ConfigMap']);
    expect(existsSync(ran)).toBe(false);
  });

  it('still renders a chart whose symlinks stay inside the repository, and a large chart', async () => {
    const root = chart({
      'shared/ok.txt': 'shared\n',
      'charts/web/templates/many.yaml': `{{- range $i := until 3000 }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: many-{{ $i }}
data:
  text: {{ repeat 400 "x" | quote }}
{{- end }}
`,
    });
    linkIn(root, 'charts/web/files/shared', '../../../shared/ok.txt');
    const loaded = await loadManifests(settingsFor(root, { manifest: 'charts/web' }));
    expect(loaded.resources).toHaveLength(3001);
    expect(JSON.stringify(loaded.resources[0]?.object)).toContain('shared');
  });
});
