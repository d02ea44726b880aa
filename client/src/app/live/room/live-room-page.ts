import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { LiveRoomView } from './live-room-view';

/** `/live/:id/room` for signed-in people; guests reach the same room from their join link's page. */
@Component({
  selector: 'kp-live-room-page',
  imports: [LiveRoomView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<kp-live-room [sessionId]="id()" />`,
})
export class LiveRoomPage {
  /** Route parameter, bound by withComponentInputBinding. */
  readonly id = input.required<string>();
}
