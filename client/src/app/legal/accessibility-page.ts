import type { SiteInfo } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { type LegalContact, LegalPage, type LegalSection, mailto } from './legal-page';

/** The supervisory authority of Act 306/2019, the same for every deployment. */
const TRAFICOM: readonly LegalContact[] = [
  {
    labelKey: 'legal.contact.authority',
    value: 'Liikenne- ja viestintävirasto Traficom, digitaalisen esteettömyyden ja saavutettavuuden valvontayksikkö',
  },
  {
    labelKey: 'legal.contact.web',
    value: 'www.saavutettavuusvaatimukset.fi',
    href: 'https://www.saavutettavuusvaatimukset.fi',
  },
  {
    labelKey: 'legal.contact.email',
    value: 'saavutettavuus@traficom.fi',
    href: 'mailto:saavutettavuus@traficom.fi',
  },
  {
    labelKey: 'legal.contact.phone',
    value: '029 534 5000',
    href: 'tel:+358295345000',
  },
];

/** `/accessibility`: the statement that Act 306/2019 (laki digitaalisten palvelujen tarjoamisesta) asks for. */
@Component({
  selector: 'kp-accessibility-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LegalPage],
  template: `<kp-legal-page prefix="legal.accessibility" [sections]="sections()" [params]="params()" />`,
})
export class AccessibilityPage {
  /** From the route's resolver. */
  readonly site = input<SiteInfo | null>(null);

  protected readonly params = computed(() => ({
    organisation: this.site()?.organisation.name ?? '–',
  }));
  protected readonly sections = computed((): LegalSection[] => {
    const site = this.site();
    return [
      { id: 'status', paragraphs: 1 },
      { id: 'known', paragraphs: 1, items: 5 },
      { id: 'prepared', paragraphs: 2 },
      {
        id: 'feedback',
        paragraphs: 1,
        contacts: [
          ...mailto('legal.contact.email', site?.accessibilityFeedbackEmail),
          ...(site
            ? [
                {
                  labelKey: 'legal.contact.provider',
                  value: site.organisation.name,
                },
              ]
            : []),
        ],
      },
      { id: 'enforcement', paragraphs: 2, contacts: TRAFICOM },
    ];
  });
}
