import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder until the page lands. */
@Component({
  selector: 'kp-pairing-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>PairingPage</h1>',
})
export class PairingPage {}
