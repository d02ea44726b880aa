import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder until the page lands. */
@Component({
  selector: 'kp-program-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>ProgramPage</h1>',
})
export class ProgramPage {}
