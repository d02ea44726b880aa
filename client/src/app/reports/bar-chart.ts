import { SMALL_GROUP_LABEL } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { NumberPipe } from '../core/i18n/format-pipes';

export interface BarSeries {
  key: string;
  label: string;
}

export interface BarGroup {
  label: string;
  /** null: withheld (a small group); drawn with no bar and `withheldLabel` as its value. */
  values: Record<string, number | null>;
}

const ROW_GAP = 14;
const BAR_HEIGHT = 14;
const LABEL_HEIGHT = 20;
/** Narrow user units so that the texts stay legible when the chart is drawn 280–450 px wide (a phone, or beside the table). */
const WIDTH = 300;
const VALUE_SPACE = 32;
/** Dark enough on white for 3:1 (WCAG 1.4.11), told apart by pattern as well as colour. */
const FILLS = ['#00639b', '#8a5a00', '#1b5e20', '#6a1b9a'];

/**
 * A horizontal bar chart in plain SVG: one group per row, one bar per series, each value written beside its bar.
 * It is an image with a name; the page puts the same figures in a table beside it.
 */
@Component({
  selector: 'kp-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NumberPipe],
  template: `
    <figure class="kp-chart">
      <svg
        [attr.viewBox]="'0 0 ' + width + ' ' + height()"
        role="img"
        [attr.aria-labelledby]="id() + '-title'"
        preserveAspectRatio="xMinYMin meet"
      >
        <title [id]="id() + '-title'">{{ title() }}</title>
        <defs>
          <pattern
            [id]="id() + '-hatch'"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" [attr.fill]="fills[1]" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2" />
          </pattern>
        </defs>
        @for (group of layout(); track $index) {
          <text class="kp-chart-label" x="0" [attr.y]="group.y + 15">
            {{ group.label }}
          </text>
          @for (bar of group.bars; track bar.key) {
            <rect
              class="kp-chart-bar"
              x="0"
              [attr.y]="bar.y"
              [attr.width]="bar.width"
              [attr.height]="barHeight"
              [attr.fill]="bar.fill"
              [attr.data-series]="bar.key"
              [attr.data-value]="bar.value"
            />
            <text class="kp-chart-value" [attr.x]="bar.width + 4" [attr.y]="bar.y + 12">
              {{ bar.value === null ? withheldLabel() : (bar.value | kpNumber) }}
            </text>
          }
        }
      </svg>
      <figcaption class="kp-chart-legend">
        @for (s of series(); track s.key; let i = $index) {
          <span class="kp-legend-item">
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" [attr.fill]="fill(i)" />
            </svg>
            {{ s.label }}
          </span>
        }
      </figcaption>
    </figure>
  `,
  styles: `
    :host {
      display: block;
    }
    .kp-chart {
      margin: 0;
    }
    /* The drawing is 300 units wide: wider than about 30rem its texts would grow past the page's. */
    svg[role='img'] {
      inline-size: 100%;
      block-size: auto;
      max-inline-size: 30rem;
    }
    .kp-chart-label {
      font-size: 14px;
      font-weight: 500;
      fill: #1f1f1f;
    }
    .kp-chart-value {
      font-size: 13px;
      fill: #1f1f1f;
    }
    .kp-chart-legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      font-size: 0.875rem;
    }
    .kp-legend-item {
      display: inline-flex;
      gap: 0.35rem;
      align-items: center;
    }
  `,
})
export class BarChart {
  readonly id = input.required<string>();
  readonly title = input.required<string>();
  readonly series = input.required<BarSeries[]>();
  readonly groups = input.required<BarGroup[]>();
  /** Written for a withheld value. */
  readonly withheldLabel = input<string>(SMALL_GROUP_LABEL);

  protected readonly width = WIDTH;
  protected readonly barHeight = BAR_HEIGHT;
  protected readonly fills = FILLS;

  private readonly groupHeight = computed(() => LABEL_HEIGHT + this.series().length * (BAR_HEIGHT + 2) + ROW_GAP);
  protected readonly height = computed(() => Math.max(1, this.groups().length * this.groupHeight()));

  protected readonly layout = computed(() => {
    const series = this.series();
    const max = Math.max(1, ...this.groups().flatMap((g) => series.map((s) => g.values[s.key] ?? 0)));
    const scale = (WIDTH - VALUE_SPACE) / max;
    return this.groups().map((group, gi) => {
      const y = gi * this.groupHeight();
      return {
        label: group.label,
        y,
        bars: series.map((s, si) => {
          const value = group.values[s.key] ?? null;
          return {
            key: s.key,
            value,
            width: value === null ? 0 : Math.max(value > 0 ? 2 : 0, value * scale),
            y: y + LABEL_HEIGHT + si * (BAR_HEIGHT + 2),
            fill: this.fill(si),
          };
        }),
      };
    });
  });

  protected fill(index: number): string {
    return index === 1 ? `url(#${this.id()}-hatch)` : FILLS[index % FILLS.length];
  }
}
