import { Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { renderMarkdown, safeHref } from './markdown';

@Component({ selector: 'kp-test-markdown', template: '<div [innerHTML]="html()"></div>' })
class MarkdownHost {
  readonly html = input('');
}

describe('renderMarkdown', () => {
  it('renders headings below the page heading, paragraphs, lists, emphasis, code and links', () => {
    const html = renderMarkdown('# Otsikko\n\nEka *rivi*\njatkuu **vahvasti**.\n\n- yksi\n- kaksi\n\n1. eka\n2. toka\n\n`koodi` ja [linkki](https://kotopaikka.fi/a?b=1&c=2)');
    expect(html).toContain('<h2>Otsikko</h2>');
    expect(html).toContain('<p>Eka <em>rivi</em> jatkuu <strong>vahvasti</strong>.</p>');
    expect(html).toContain('<ul><li>yksi</li><li>kaksi</li></ul>');
    expect(html).toContain('<ol><li>eka</li><li>toka</li></ol>');
    expect(html).toContain('<code>koodi</code>');
    expect(html).toContain('<a href="https://kotopaikka.fi/a?b=1&amp;c=2" rel="noopener noreferrer">linkki</a>');
  });

  it('never turns source HTML into markup', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[x](javascript:alert(3))');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps only web, mail and site-relative link targets', () => {
    expect(safeHref('https://a.fi')).toBe('https://a.fi');
    expect(safeHref('mailto:a@b.fi')).toBe('mailto:a@b.fi');
    expect(safeHref('/learning')).toBe('/learning');
    expect(safeHref('//evil.example')).toBeNull();
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
  });

  it('leaves no script element or event handler in the page', async () => {
    TestBed.configureTestingModule({});
    const fixture = TestBed.createComponent(MarkdownHost);
    fixture.componentRef.setInput('html', renderMarkdown('Hei <script>window.kpPwned = true</script> <img src=x onerror="window.kpPwned = true">'));
    fixture.detectChanges();
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('script, img')).toBeNull();
    expect(el.innerHTML).not.toMatch(/<[^>]+\son\w+=/i);
    expect((window as unknown as { kpPwned?: boolean }).kpPwned).toBeUndefined();
  });
});
