import { ChangeDetectionStrategy, Component } from '@angular/core';

import { LegalPage } from './legal-page';

@Component({
  selector: 'kp-accessibility-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LegalPage],
  template: `<kp-legal-page prefix="legal.accessibility" [sections]="sections" />`,
})
export class AccessibilityPage {
  protected readonly sections = ['status', 'known', 'feedback', 'enforcement'] as const;
}
