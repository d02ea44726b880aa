import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { BarChart, type BarGroup, type BarSeries } from './bar-chart';

const SERIES: BarSeries[] = [
  { key: 'enrolled', label: 'Ilmoittautuneet' },
  { key: 'completed', label: 'Suorittaneet' },
];

describe('BarChart', () => {
  let fixture: ComponentFixture<BarChart>;
  const el = () => fixture.nativeElement as HTMLElement;

  async function render(groups: BarGroup[], series = SERIES): Promise<void> {
    TestBed.configureTestingModule({});
    fixture = TestBed.createComponent(BarChart);
    fixture.componentRef.setInput('id', 'chart');
    fixture.componentRef.setInput('title', 'Kurssin eteneminen kunnittain');
    fixture.componentRef.setInput('series', series);
    fixture.componentRef.setInput('groups', groups);
    await fixture.whenStable();
  }

  const bars = () => Array.from(el().querySelectorAll<SVGRectElement>('rect.kp-chart-bar'));
  const width = (bar: SVGRectElement) => Number(bar.getAttribute('width'));

  it('is an image named by its title, with a legend naming each series', async () => {
    await render([{ label: 'Laukaa', values: { enrolled: 4, completed: 2 } }]);
    const svg = el().querySelector('svg[role=img]');
    const titleId = svg?.getAttribute('aria-labelledby') ?? '';
    expect(el().querySelector(`#${titleId}`)?.textContent?.trim()).toBe('Kurssin eteneminen kunnittain');
    expect(Array.from(el().querySelectorAll('.kp-legend-item')).map((i) => i.textContent?.trim())).toEqual([
      'Ilmoittautuneet',
      'Suorittaneet',
    ]);
  });

  it('draws one bar per group and series, proportional to the largest value, with the value written beside it', async () => {
    await render([
      { label: 'Laukaa', values: { enrolled: 10, completed: 5 } },
      { label: 'Keuruu', values: { enrolled: 2, completed: 0 } },
    ]);
    expect(bars().map((b) => [b.dataset['series'], b.dataset['value']])).toEqual([
      ['enrolled', '10'],
      ['completed', '5'],
      ['enrolled', '2'],
      ['completed', '0'],
    ]);
    const [laukaaEnrolled, laukaaCompleted, keuruuEnrolled, keuruuCompleted] = bars().map(width);
    expect(laukaaCompleted).toBeCloseTo(laukaaEnrolled / 2, 5);
    expect(keuruuEnrolled).toBeCloseTo(laukaaEnrolled / 5, 5);
    expect(keuruuCompleted).toBe(0);
    expect(Array.from(el().querySelectorAll('.kp-chart-value')).map((t) => t.textContent?.trim())).toEqual([
      '10',
      '5',
      '2',
      '0',
    ]);
    expect(Array.from(el().querySelectorAll('.kp-chart-label')).map((t) => t.textContent?.trim())).toEqual([
      'Laukaa',
      'Keuruu',
    ]);
  });

  it('keeps a tiny value visible and tells the second series apart by pattern, not colour alone', async () => {
    await render([{ label: 'Jämsä', values: { enrolled: 1000, completed: 1 } }]);
    expect(width(bars()[1])).toBeGreaterThanOrEqual(2);
    expect(bars()[0].getAttribute('fill')).toMatch(/^#/);
    expect(bars()[1].getAttribute('fill')).toBe('url(#chart-hatch)');
    expect(el().querySelector('pattern#chart-hatch')).not.toBeNull();
  });

  it('grows in height with the groups and draws nothing for none', async () => {
    await render([]);
    expect(bars().length).toBe(0);
    const empty = el().querySelector('svg[role=img]')?.getAttribute('viewBox');
    fixture.componentRef.setInput('groups', [
      { label: 'A', values: { enrolled: 1, completed: 1 } },
      { label: 'B', values: { enrolled: 1, completed: 1 } },
    ]);
    await fixture.whenStable();
    const [, , , emptyHeight] = (empty ?? '').split(' ').map(Number);
    const [, , , height] = (el().querySelector('svg[role=img]')?.getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect(emptyHeight).toBe(1);
    expect(height).toBeGreaterThan(40);
  });
});
