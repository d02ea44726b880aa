import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';
import { RouterOutlet } from '@angular/router';

/** The frame of the authoring pages: the styles their parts share (language columns, trees, states). */
@Component({
  selector: 'kp-authoring-layout',
  imports: [RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './authoring-layout.scss',
  template: `<div class="kp-authoring"><router-outlet /></div>`,
})
export class AuthoringLayout {}
