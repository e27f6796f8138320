import { describe, expect, it } from 'vitest';
import { maskSecret, maskSecretPair } from '../../src/secrets/mask.js';
import { registerSecretsIn, SecretValues, shortValueFindings } from '../../src/secrets/redact.js';

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
    const registered: string[] = [];
    const secrets = new SecretValues((value) => registered.push(value));
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

describe('the redaction rule: Secrets masked structurally, text searched for values of 8 or more characters', () => {
  it('never searches text for a value under 8 characters, nor registers it with the runner', () => {
    const registered: string[] = [];
    const secrets = new SecretValues((value) => registered.push(value));
    secrets.register('shop');
    secrets.register('hunter2');
    const text = 'ConfigMap shop-settings, value: shoppingassistantservice:80, hunter2';
    expect(secrets.redact(text)).toBe(text);
    expect(registered).toEqual([]);
    secrets.register('hunter22');
    expect(secrets.redact('pw hunter22')).toBe('pw ***');
    expect(registered).toEqual(['hunter22']);
  });

  it('leaves a value where it is part of an identifier, and redacts it everywhere else', () => {
    const secrets = new SecretValues();
    secrets.register('shopping');
    secrets.keepIdentifiers(['shoppingassistantservice', 'shop']);
    expect(secrets.redact('Service shop/shoppingassistantservice: the password is shopping')).toBe(
      'Service shop/shoppingassistantservice: the password is ***',
    );
    secrets.register('shoppingassistantservice:80');
    expect(secrets.redact('value: shoppingassistantservice:80')).toBe('value: ***');
  });

  it('warns once about each Secret value too short to mask outside the Secret', () => {
    const origin = { file: 'k8s/db.yaml', line: 1, column: 1 };
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db', namespace: 'shop' },
      data: { username: Buffer.from('shop').toString('base64'), empty: '' },
      stringData: { username: 'shop', password: 'long-enough-1' },
    };
    const configMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 'x' } };
    expect(
      shortValueFindings([
        { object: secret, origin },
        { object: configMap, origin },
      ]),
    ).toEqual([
      {
        severity: 'warning',
        rule: 'secret-value-too-short',
        message:
          'Secret shop/db: the value of username is under 8 characters, too short to mask outside the Secret; use a longer value',
        origin,
      },
    ]);
  });
});

describe('registerSecretsIn', () => {
  it('keeps the names of every object in an API answer as written', () => {
    const secrets = new SecretValues();
    registerSecretsIn(secrets, {
      kind: 'DeploymentList',
      items: [{ metadata: { name: 'payments-primary' } }],
    });
    secrets.register('payments');
    expect(secrets.redact('Deployment payments-primary reads payments')).toBe(
      'Deployment payments-primary reads ***',
    );
  });

  it('registers the values of a Secret and of every item of a SecretList the API answers with', () => {
    const secrets = new SecretValues();
    const encoded = (value: string) => Buffer.from(value).toString('base64');
    registerSecretsIn(secrets, { kind: 'Secret', data: { a: encoded('from-a-get-1234') } });
    registerSecretsIn(secrets, { kind: 'SecretList', items: [{ data: { b: encoded('from-a-list-5678') } }] });
    registerSecretsIn(secrets, { kind: 'ConfigMapList', items: [{ data: { c: 'not-a-secret-9012' } }] });
    expect(secrets.redact('from-a-get-1234 from-a-list-5678 not-a-secret-9012')).toBe(
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
