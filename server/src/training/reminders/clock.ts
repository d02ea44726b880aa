import { Injectable } from '@nestjs/common';

/** The time reminder decisions use; tests replace `now` on the app's instance to move through days without fake timers. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
