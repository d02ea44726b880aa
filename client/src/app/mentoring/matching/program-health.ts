import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder until the page lands. */
@Component({
  selector: 'kp-program-health',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>ProgramHealth</h1>',
})
export class ProgramHealth {}
