import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder until the page lands. */
@Component({
  selector: 'kp-program-report',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>ProgramReport</h1>',
})
export class ProgramReport {}
