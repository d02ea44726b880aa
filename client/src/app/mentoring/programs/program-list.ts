import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder until the page lands. */
@Component({
  selector: 'kp-program-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>ProgramList</h1>',
})
export class ProgramList {}
