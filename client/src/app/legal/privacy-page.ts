import type { SiteInfo } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { LegalPage, type LegalSection, mailto } from './legal-page';

/** `/privacy`: the information the GDPR (articles 13 and 14) asks to give to everyone whose data the platform holds. */
@Component({
  selector: 'kp-privacy-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LegalPage],
  template: `<kp-legal-page prefix="legal.privacy" [sections]="sections()" [params]="params()" />`,
})
export class PrivacyPage {
  /** From the route's resolver. */
  readonly site = input<SiteInfo | null>(null);

  protected readonly params = computed(() => {
    const site = this.site();
    const r = site?.retention;
    return {
      organisation: site?.organisation.name ?? '–',
      idleMinutes: r?.sessionIdleMinutes ?? '–',
      absoluteHours: r?.sessionAbsoluteHours ?? '–',
      invitationDays: r?.invitationLinkDays ?? '–',
      resetHours: r?.passwordResetLinkHours ?? '–',
      spentDays: r?.spentLinkDays ?? '–',
    };
  });

  protected readonly sections = computed((): LegalSection[] => {
    const site = this.site();
    return [
      {
        id: 'controller',
        paragraphs: 1,
        contacts: site
          ? [
              { labelKey: 'legal.contact.controller', value: site.organisation.name },
              { labelKey: 'legal.contact.address', value: site.organisation.address },
              ...mailto('legal.contact.email', site.organisation.contactEmail),
              ...mailto('legal.contact.dpo', site.dataProtectionOfficerEmail),
            ]
          : [],
      },
      { id: 'data', paragraphs: 1, items: 6 },
      { id: 'sources', paragraphs: 1 },
      { id: 'purpose', paragraphs: 1, items: 4 },
      { id: 'recipients', paragraphs: 1, items: 4 },
      { id: 'retention', paragraphs: 1, items: 6 },
      { id: 'cookies', paragraphs: 1 },
      { id: 'rights', paragraphs: 2 },
    ];
  });
}
