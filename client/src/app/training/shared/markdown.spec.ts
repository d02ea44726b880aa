import { Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { renderMarkdown, safeHref } from './markdown';

@Component({ selector: 'kp-test-markdown', template: '<div [innerHTML]="html()"></div>' })
class MarkdownHost {
  readonly html = input('');
}

/** The rendered HTML through Angular's sanitiser into the DOM, as a lesson shows it. */
function rendered(source: string, options?: Parameters<typeof renderMarkdown>[1]): HTMLElement {
  TestBed.configureTestingModule({});
  const fixture = TestBed.createComponent(MarkdownHost);
  fixture.componentRef.setInput('html', renderMarkdown(source, options));
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('renderMarkdown', () => {
  it('renders headings below the page heading, paragraphs, lists, emphasis, code and links', () => {
    const html = renderMarkdown(
      '# Otsikko\n\nEka *rivi*\njatkuu **vahvasti**.\n\n- yksi\n- kaksi\n\n1. eka\n2. toka\n\n`koodi` ja [linkki](https://kotopaikka.fi/a?b=1&c=2)',
    );
    expect(html).toContain('<h2>Otsikko</h2>');
    expect(html).toContain('<p>Eka <em>rivi</em>\njatkuu <strong>vahvasti</strong>.</p>');
    expect(html).toMatch(/<ul>\s*<li>yksi<\/li>\s*<li>kaksi<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol>\s*<li>eka<\/li>\s*<li>toka<\/li>\s*<\/ol>/);
    expect(html).toContain('<code>koodi</code>');
    expect(html).toContain('<a href="https://kotopaikka.fi/a?b=1&amp;c=2" rel="noopener noreferrer">linkki</a>');
  });

  it('keeps the outline under the page heading however deep the source starts', () => {
    const html = renderMarkdown('### Osa\n\n#### Alaosa', { topHeadingLevel: 3 });
    expect(html).toContain('<h3>Osa</h3>');
    expect(html).toContain('<h4>Alaosa</h4>');
  });

  it('renders tables inside a labelled, focusable scrolling region', () => {
    const el = rendered('| Kunta | Tavoite |\n| --- | --- |\n| Laukaa | 12 |\n| Keuruu | 8 |', {
      tableLabel: 'Taulukko',
    });
    const region = el.querySelector('.kp-md-table');
    expect(region?.getAttribute('role')).toBe('region');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.getAttribute('aria-label')).toBe('Taulukko');
    expect(Array.from(el.querySelectorAll('th')).map((th) => th.textContent)).toEqual(['Kunta', 'Tavoite']);
    expect(
      Array.from(el.querySelectorAll('tbody tr')).map((tr) => tr.textContent?.replace(/\s+/g, ' ').trim()),
    ).toEqual(['Laukaa 12', 'Keuruu 8']);
  });

  it('renders nested lists', () => {
    const el = rendered('- Tavoite\n  - toimenpide 1\n  - toimenpide 2\n- Seuranta\n  1. kevät\n  2. syksy');
    const outer = el.querySelector(':scope div > ul');
    expect(outer?.children.length).toBe(2);
    expect(outer?.querySelectorAll(':scope > li > ul > li').length).toBe(2);
    expect(outer?.querySelectorAll(':scope > li > ol > li').length).toBe(2);
  });

  it('never turns source HTML into markup', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[x](javascript:alert(3))',
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps only web, mail and site-relative link targets', () => {
    expect(safeHref('https://a.fi')).toBe('https://a.fi');
    expect(safeHref('mailto:a@b.fi')).toBe('mailto:a@b.fi');
    expect(safeHref('/learning')).toBe('/learning');
    expect(safeHref('#osa-2')).toBe('#osa-2');
    expect(safeHref('//evil.example')).toBeNull();
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
  });

  it('does not take backslash or encoded-backslash paths for site-relative ones', () => {
    for (const url of [
      '/\\\\evil.example',
      '/\\evil.example',
      '\\\\evil',
      '//evil.example',
      '/%5Cevil',
      '/%5cevil',
      '/\t/evil.example',
    ]) {
      expect(safeHref(url)).withContext(url).toBeNull();
    }
  });

  it('renders such links as plain text, never as anchors', () => {
    const sources = [
      '[a](/\\\\evil.example)',
      '[b](/\\evil.example)',
      '[c](\\\\evil)',
      '[d](//evil.example)',
      '[e](/%5Cevil)',
      '<//evil.example>',
    ];
    const el = rendered(sources.join('\n\n'));
    expect(el.querySelectorAll('a').length).toBe(0);
  });

  it('marks web links noopener noreferrer and leaves site links as they are', () => {
    const el = rendered('[ulos](https://example.fi) ja [sisään](/learning)');
    const [external, internal] = Array.from(el.querySelectorAll('a'));
    expect(external.getAttribute('rel')).toBe('noopener noreferrer');
    expect(internal.getAttribute('href')).toBe('/learning');
    expect(internal.hasAttribute('rel')).toBeFalse();
  });

  it('leaves no script element or event handler in the page', async () => {
    TestBed.configureTestingModule({});
    const fixture = TestBed.createComponent(MarkdownHost);
    fixture.componentRef.setInput(
      'html',
      renderMarkdown('Hei <script>window.kpPwned = true</script> <img src=x onerror="window.kpPwned = true">'),
    );
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('script, img')).toBeNull();
    expect(el.innerHTML).not.toMatch(/<[^>]+\son\w+=/i);
    expect((window as unknown as { kpPwned?: boolean }).kpPwned).toBeUndefined();
  });
});
