import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder until the page lands. */
@Component({
  selector: 'kp-matching-review',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>MatchingReview</h1>',
})
export class MatchingReview {}
