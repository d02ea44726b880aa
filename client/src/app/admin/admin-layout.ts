import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';
import { RouterOutlet } from '@angular/router';

/**
 * The frame of every admin page: the styles they share (filters, scrolling tables, chips, states).
 * The shell's side navigation already links each admin section, so no second menu here.
 */
@Component({
  selector: 'kp-admin-layout',
  imports: [RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './admin-layout.scss',
  template: `<div class="kp-admin"><router-outlet /></div>`,
})
export class AdminLayout {}
