import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder until the page lands. */
@Component({
  selector: 'kp-mentor-profile-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>MentorProfileForm</h1>',
})
export class MentorProfileForm {}
