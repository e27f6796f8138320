import { afterAll, describe, expect, it } from 'vitest';
import { runActionInProcess } from '../support/run-in-process.js';
import { useRealTools } from '../support/tools.js';
import { makeWorkspace } from '../support/workspace.js';

const tools = useRealTools();
afterAll(() => tools.restore());

/** A chart whose render is 400 ConfigMaps of 3,000 characters each: over 1.2 MB of YAML. */
const chart = {
  'chart/Chart.yaml': 'apiVersion: v2\nname: blobs\nversion: 1.0.0\n',
  'chart/templates/blobs.yaml': `{{- range $i, $e := until 400 }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: blob-{{ $i }}
data:
  blob: {{ repeat 3000 "x" | quote }}
{{- end }}
`,
};

describe.skipIf(!tools.available)('a helm chart that renders more than 1 MB of YAML', () => {
  it("is read whole: the tool's output is not held to Node's 1 MiB default buffer", async () => {
    const result = await runActionInProcess({
      workspace: makeWorkspace(chart),
      inputs: { command: 'validate', manifest: 'chart' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.valid).toBe('true');
    expect(result.summary).toMatch(/400 objects/);
  });
});
