import { ChangeDetectionStrategy, Component } from '@angular/core';

import { Shell } from './shell/shell';

@Component({
  selector: 'kp-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Shell],
  template: '<kp-shell />',
})
export class App {}
