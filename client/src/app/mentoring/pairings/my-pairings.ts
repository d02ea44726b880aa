import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder until the page lands. */
@Component({
  selector: 'kp-my-pairings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>MyPairings</h1>',
})
export class MyPairings {}
