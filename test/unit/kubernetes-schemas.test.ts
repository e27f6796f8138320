import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatSchemas, kubernetesSchemas, SCHEMAS_FILE } from '../../src/generate/kubernetes-schemas.js';

describe('kubernetes-schemas.json', () => {
  const committed = readFileSync(SCHEMAS_FILE, 'utf8');
  const generated = kubernetesSchemas();

  it('matches the installed @kubernetes/client-node models', () => {
    expect(
      JSON.parse(committed),
      'src/validate/kubernetes-schemas.json is out of date with @kubernetes/client-node: run `npm run generate:schemas` and commit the result',
    ).toEqual(generated);
  });

  it('is written exactly as the generator writes it', async () => {
    expect(
      committed,
      'src/validate/kubernetes-schemas.json is not as the generator writes it: run `npm run generate:schemas` and commit the result',
    ).toBe(await formatSchemas(generated));
  });

  it('holds the models validation starts from, with their field types and formats', () => {
    expect(generated.V1Deployment).toContainEqual(['spec', 'V1DeploymentSpec']);
    expect(generated.V1DeploymentSpec).toContainEqual(['replicas', 'number', 'int32']);
    expect(generated.V1Secret).toContainEqual(['data', '{ [key: string]: string; }', 'byte']);
  });
});
