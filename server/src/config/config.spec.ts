import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('runs with no environment at all: single node, embedded database, port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      appRole: 'all',
      databaseUrl: null,
      redisUrl: null,
      publicUrl: 'http://localhost:3000',
      trustProxy: 'loopback',
      uploadMaxMb: 10,
    });
  });

  it('takes the upload limit in whole megabytes from 1 to 100', () => {
    expect(loadConfig({ UPLOAD_MAX_MB: '1' }).uploadMaxMb).toBe(1);
    expect(loadConfig({ UPLOAD_MAX_MB: '100' }).uploadMaxMb).toBe(100);
  });

  it('keeps live chat text for 365 days unless told another whole number of days', () => {
    expect(loadConfig({}).liveChatRetentionDays).toBe(365);
    expect(loadConfig({ LIVE_CHAT_RETENTION_DAYS: '30' }).liveChatRetentionDays).toBe(30);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ APP_ROLE: 'both' }, 'APP_ROLE'],
    [{ APP_ROLE: 'api' }, 'APP_ROLE'],
    [{ APP_ROLE: 'worker' }, 'APP_ROLE'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL'],
    [{ TRUST_PROXY: 'everyone; rm -rf' }, 'TRUST_PROXY'],
    [{ UPLOAD_MAX_MB: '0' }, 'UPLOAD_MAX_MB'],
    [{ UPLOAD_MAX_MB: '101' }, 'UPLOAD_MAX_MB'],
    [{ UPLOAD_MAX_MB: '2.5' }, 'UPLOAD_MAX_MB'],
    [{ LIVE_CHAT_RETENTION_DAYS: '0' }, 'LIVE_CHAT_RETENTION_DAYS'],
    [{ LIVE_CHAT_RETENTION_DAYS: 'a year' }, 'LIVE_CHAT_RETENTION_DAYS'],
    [{ NODE_ENV: 'production' }, 'SESSION_SECRET'],
    [{ CONTACT_EMAIL: 'not an address' }, 'CONTACT_EMAIL'],
    [{ DPO_EMAIL: 'dpo@' }, 'DPO_EMAIL'],
    [{ ACCESSIBILITY_FEEDBACK_EMAIL: 'a b@c.fi' }, 'ACCESSIBILITY_FEEDBACK_EMAIL'],
    [{ ORGANISATION_NAME: 'x'.repeat(201) }, 'ORGANISATION_NAME'],
    [{ ORGANISATION_ADDRESS: '   ' }, 'ORGANISATION_ADDRESS'],
  ])('stops on %j with one line naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${name} `));
  });

  it('says what a split node without Redis lacks, and runs one with it', () => {
    expect(() => loadConfig({ APP_ROLE: 'worker' })).toThrow('APP_ROLE worker needs REDIS_URL');
    expect(loadConfig({ APP_ROLE: 'worker', REDIS_URL: 'redis://redis:6379' }).appRole).toBe('worker');
    expect(loadConfig({ APP_ROLE: 'all' }).redisUrl).toBeNull();
  });

  it('accepts a hop count or a list of proxy subnets', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe('1');
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
  });
});
