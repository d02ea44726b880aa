import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder until the page lands. */
@Component({
  selector: 'kp-program-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>ProgramForm</h1>',
})
export class ProgramForm {}
