import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder until the page lands. */
@Component({
  selector: 'kp-mentee-request-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>MenteeRequestForm</h1>',
})
export class MenteeRequestForm {}
