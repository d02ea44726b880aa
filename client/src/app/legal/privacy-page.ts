import { ChangeDetectionStrategy, Component } from '@angular/core';

import { LegalPage } from './legal-page';

@Component({
  selector: 'kp-privacy-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LegalPage],
  template: `<kp-legal-page prefix="legal.privacy" [sections]="sections" />`,
})
export class PrivacyPage {
  protected readonly sections = ['data', 'purpose', 'cookies', 'rights', 'contact'] as const;
}
