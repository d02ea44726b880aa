import type { SiteInfo } from '@kotopaikka/contracts';

import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../core/i18n/translator';
import { AccessibilityPage } from './accessibility-page';
import { PrivacyPage } from './privacy-page';

const SITE: SiteInfo = {
  organisation: {
    name: 'Laukaan kunta',
    address: 'Laukaantie 11, 41340 Laukaa',
    contactEmail: 'kirjaamo@laukaa.example',
  },
  dataProtectionOfficerEmail: 'tietosuojavastaava@laukaa.example',
  accessibilityFeedbackEmail: 'palaute@laukaa.example',
  retention: {
    sessionIdleMinutes: 20,
    sessionAbsoluteHours: 8,
    invitationLinkDays: 7,
    passwordResetLinkHours: 1,
    spentLinkDays: 30,
  },
};

function render<T>(page: new () => T, site: SiteInfo | null): ComponentFixture<T> {
  const fixture = TestBed.createComponent(page);
  fixture.componentRef.setInput('site', site);
  fixture.detectChanges();
  return fixture;
}

const text = (fixture: ComponentFixture<unknown>) => (fixture.nativeElement as HTMLElement).textContent ?? '';
const links = (fixture: ComponentFixture<unknown>) =>
  Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('a'), (a) => a.getAttribute('href'));

describe('legal pages', () => {
  beforeEach(() => TestBed.configureTestingModule({}));

  for (const locale of ['fi', 'en'] as const) {
    it(`show no raw key or unfilled parameter, in ${locale}`, () => {
      TestBed.inject(Translator).use(locale);
      for (const fixture of [render(AccessibilityPage, SITE), render(PrivacyPage, SITE)]) {
        const shown = text(fixture);
        expect(shown).not.toMatch(/legal\.[a-z]/);
        expect(shown).not.toMatch(/[{}]/);
      }
    });
  }

  it('the accessibility statement names the provider, links its feedback address and gives Traficom’s contacts', () => {
    const fixture = render(AccessibilityPage, SITE);
    expect(text(fixture)).toContain('Laukaan kunta');
    expect(links(fixture)).toEqual(
      jasmine.arrayContaining([
        'mailto:palaute@laukaa.example',
        'mailto:saavutettavuus@traficom.fi',
        'https://www.saavutettavuusvaatimukset.fi',
        'tel:+358295345000',
      ]),
    );
    expect(text(fixture)).toContain('029 534 5000');
    expect(text(fixture)).not.toContain('rakenteilla');
  });

  it('the privacy notice names the controller and its contacts, and tells this deployment’s retention times', () => {
    const fixture = render(PrivacyPage, SITE);
    const shown = text(fixture);
    expect(shown).toContain('Laukaan kunta');
    expect(shown).toContain('Laukaantie 11, 41340 Laukaa');
    expect(links(fixture)).toEqual(
      jasmine.arrayContaining(['mailto:kirjaamo@laukaa.example', 'mailto:tietosuojavastaava@laukaa.example']),
    );
    expect(shown).toContain('20 minuutin');
    expect(shown).toContain('8 tunnin');
    expect(shown).toContain('6 artiklan 1 kohdan e alakohta');
  });

  it('still renders, without the deployment’s parts, when the site information could not be fetched', () => {
    const shown = text(render(PrivacyPage, null));
    expect(shown).toContain('Tietosuojaseloste');
    expect(shown).not.toMatch(/legal\.[a-z]|[{}]/);
  });
});
