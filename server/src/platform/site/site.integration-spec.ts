import type { SiteInfo } from '@kotopaikka/contracts';

import { startTestApp, type TestApp } from '../../testing/test-app';

describe('GET /api/site', () => {
  let t: TestApp;

  afterEach(async () => {
    await t?.close();
  });

  it('tells anyone, without a session, the demo provider, its contacts and the real retention times', async () => {
    t = await startTestApp({ redis: false });
    const res = await t.agent().get('/api/site');
    expect(res.status).toBe(200);
    expect(res.body as SiteInfo).toEqual({
      organisation: {
        name: 'Jyväskylän ammattikorkeakoulu JAMK ja Koulutuskuntayhtymä Gradia, Kotopaikka2-hanke',
        address: 'Rajakatu 35, 40200 Jyväskylä',
        contactEmail: 'info@kotopaikka.fi',
      },
      dataProtectionOfficerEmail: 'tietosuoja@kotopaikka.fi',
      accessibilityFeedbackEmail: 'saavutettavuus@kotopaikka.fi',
      retention: {
        sessionIdleMinutes: 30,
        sessionAbsoluteHours: 12,
        invitationLinkDays: 7,
        passwordResetLinkHours: 1,
        spentLinkDays: 30,
      },
    });
  });

  it('answers what the deployment configured', async () => {
    t = await startTestApp({
      redis: false,
      env: {
        ORGANISATION_NAME: 'Laukaan kunta',
        ORGANISATION_ADDRESS: 'Laukaantie 11, 41340 Laukaa',
        CONTACT_EMAIL: 'kirjaamo@laukaa.example',
        DPO_EMAIL: 'tietosuojavastaava@laukaa.example',
        ACCESSIBILITY_FEEDBACK_EMAIL: 'palaute@laukaa.example',
        SESSION_IDLE_MINUTES: '20',
        SESSION_ABSOLUTE_HOURS: '8',
      },
    });
    const body = (await t.agent().get('/api/site')).body as SiteInfo;
    expect(body.organisation).toEqual({
      name: 'Laukaan kunta',
      address: 'Laukaantie 11, 41340 Laukaa',
      contactEmail: 'kirjaamo@laukaa.example',
    });
    expect(body.dataProtectionOfficerEmail).toBe('tietosuojavastaava@laukaa.example');
    expect(body.accessibilityFeedbackEmail).toBe('palaute@laukaa.example');
    expect(body.retention).toMatchObject({ sessionIdleMinutes: 20, sessionAbsoluteHours: 8 });
  });
});
