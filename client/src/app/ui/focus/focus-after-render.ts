import { afterNextRender, ElementRef, inject, Injector } from '@angular/core';

/**
 * Call in an injection context. The returned function focuses the first element in this component matching
 * `selector` once the next render has put it on the page: where an action's result appears, so that keyboard and
 * screen-reader users continue from there instead of from the top of the page. Targets that are not controls need
 * `tabindex="-1"`.
 */
export function focusAfterRender(): (selector: string) => void {
  const injector = inject(Injector);
  const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  return (selector) => void afterNextRender(() => host.querySelector<HTMLElement>(selector)?.focus(), { injector });
}
