import { afterEach } from 'vitest';
import type { FakeDopplerOptions } from '../fake-doppler/server.js';
import { FakeDoppler } from '../fake-doppler/server.js';

const running: FakeDoppler[] = [];
afterEach(async () => {
  for (const fake of running.splice(0)) await fake.stop();
});

export const SERVICE_TOKEN = 'dp.st.production.b6Xq1mT0kNw3RzPa8';

/** A Doppler project `shop` with production and staging configs, and a service token for production. */
export async function startDoppler(options: Partial<FakeDopplerOptions> = {}): Promise<FakeDoppler> {
  const fake = new FakeDoppler({
    projects: {
      shop: {
        production: {
          DATABASE_URL: 'postgres://app:Zq8-prod-pw-77@db.internal:5432/shop',
          API_KEY: 'sk_live_51HxQ9kDoppler',
        },
        staging: { DATABASE_URL: 'postgres://app:staging-pw-31@db.staging:5432/shop' },
      },
    },
    tokens: [
      { token: SERVICE_TOKEN, project: 'shop', config: 'production' },
      { token: 'dp.pt.personal-token-9f8e7d', project: undefined },
    ],
    ...options,
  });
  await fake.start();
  running.push(fake);
  return fake;
}
