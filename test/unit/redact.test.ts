import { describe, expect, it } from 'vitest';
import { maskSecret, maskSecretPair } from '../../src/secrets/mask.js';
import { registerSecretsIn, secretValues, SecretValues } from '../../src/secrets/redact.js';

const VALUE = 'p@ss word/+=7&x';

describe('SecretValues', () => {
  it('redacts a value as written, in base64, base64url, URL-encoded and JSON-escaped forms', () => {
    const secrets = new SecretValues();
    secrets.register(VALUE);
    const forms = [
      VALUE,
      Buffer.from(VALUE).toString('base64'),
      Buffer.from(VALUE).toString('base64url'),
      encodeURIComponent(VALUE),
      encodeURIComponent(VALUE).replace(/%20/g, '+'),
    ];
    for (const form of forms) expect(secrets.redact(`before ${form} after`)).toBe('before *** after');
    secrets.register('say "cheese" now');
    expect(secrets.redact(JSON.stringify({ message: 'x say "cheese" now y' }))).toBe('{"message":"x *** y"}');
  });

  it('redacts each line of a multi-line value, and tells the runner about each', () => {
    const secrets = new SecretValues();
    const registered: string[] = [];
    secrets.onRegister = (value) => registered.push(value);
    const key = '-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END KEY-----';
    secrets.register(key);
    expect(secrets.redact('line: MIIEvQIBADANBgkqhkiG9w0BAQEFAASC')).toBe('line: ***');
    expect(registered).toEqual([
      key,
      '-----BEGIN KEY-----',
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
      '-----END KEY-----',
    ]);
    secrets.register(key);
    expect(registered).toHaveLength(4);
  });

  it('leaves values too short to search for, and redacts strings deep in request parameters', () => {
    const secrets = new SecretValues();
    secrets.register('ok');
    secrets.register('hunter22');
    expect(secrets.redact('ok, 1 of 2')).toBe('ok, 1 of 2');
    expect(secrets.redactDeep({ body: 'pw hunter22', payload: { list: ['hunter22'] }, n: 3 })).toEqual({
      body: 'pw ***',
      payload: { list: ['***'] },
      n: 3,
    });
  });
});

describe('registerSecretsIn', () => {
  it('registers the values of a Secret and of every item of a SecretList the API answers with', () => {
    const encoded = (value: string) => Buffer.from(value).toString('base64');
    registerSecretsIn({ kind: 'Secret', data: { a: encoded('from-a-get-1234') } });
    registerSecretsIn({ kind: 'SecretList', items: [{ data: { b: encoded('from-a-list-5678') } }] });
    registerSecretsIn({ kind: 'ConfigMapList', items: [{ data: { c: 'not-a-secret-9012' } }] });
    expect(secretValues.redact('from-a-get-1234 from-a-list-5678 not-a-secret-9012')).toBe(
      '*** *** not-a-secret-9012',
    );
  });
});

describe('masking Secret values in diffs and renders', () => {
  const secret = (data: Record<string, string>) => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'db' },
    data,
  });

  it('shows a fetched value as where it comes from, and a changed one with before and after', () => {
    const sources = { URL: 'doppler://production/URL' };
    expect(maskSecret(secret({ URL: 'eA==', other: 'eQ==' }), sources).data).toEqual({
      URL: 'from doppler://production/URL',
      other: '***',
    });
    expect(maskSecret({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' } }, sources).data).toEqual({
      URL: 'from doppler://production/URL',
    });
    const [before, after] = maskSecretPair(
      secret({ URL: 'eA==', other: 'eQ==' }),
      secret({ URL: 'eg==', other: 'eQ==' }),
      sources,
    );
    expect(before?.data).toEqual({ URL: 'from doppler://production/URL (before)', other: '***' });
    expect(after?.data).toEqual({ URL: 'from doppler://production/URL (after)', other: '***' });
  });
});
