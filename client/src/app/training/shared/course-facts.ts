import type { CourseDetail, CourseSummary } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { TranslatePipe } from '../../core/i18n/translate-pipe';

/**
 * What a course is at a glance: duration and audiences, and with `detail` (the course page) also its languages and
 * where it is offered. Each fact reads as one line of running text, so a long value wraps under itself.
 */
@Component({
  selector: 'kp-course-facts',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let facts = course();
    <dl>
      <div>
        <dt>{{ 'training.course.duration' | t }}</dt>
        <dd>{{ 'training.course.minutes' | t: { minutes: facts.estimatedMinutes } }}</dd>
      </div>
      <div>
        <dt>{{ 'training.course.audiences' | t }}</dt>
        <dd>
          @for (audience of facts.audiences; track audience; let last = $last) {
            {{ 'admin.audience.' + audience | t }}{{ last ? '' : ', ' }}
          } @empty {
            {{ 'training.course.everyone' | t }}
          }
        </dd>
      </div>
      @if (detail(); as course) {
        <div>
          <dt>{{ 'training.course.languages' | t }}</dt>
          <dd>
            @for (locale of course.locales; track locale; let last = $last) {
              {{ 'training.localeName.' + locale | t }}{{ last ? '' : ', ' }}
            }
          </dd>
        </div>
        <div>
          <dt>{{ 'training.course.offeredIn' | t }}</dt>
          <dd>
            @for (municipality of course.municipalities; track municipality.id; let last = $last) {
              {{ municipality.name }}{{ last ? '' : ', ' }}
            } @empty {
              {{ 'training.course.everywhere' | t }}
            }
          </dd>
        </div>
      }
    </dl>
  `,
  styles: `
    :host {
      display: block;
    }

    dl {
      margin: 0;
    }

    div {
      margin-block-end: 0.25rem;
    }

    dt,
    dd {
      display: inline;
    }

    dt {
      font-weight: 600;

      // The space collapses with any the value starts with, so every value sits one space from its label.
      &::after {
        content: ': ';
      }
    }

    dd {
      margin: 0;
    }
  `,
})
export class CourseFacts {
  readonly course = input.required<CourseSummary>();
  /** The course page's full course: adds its languages and municipalities. */
  readonly detail = input<CourseDetail | null>(null);
}
