// WCAG 2.2 success criterion 2.5.8 "Target Size (Minimum)", measured in the page as it is now.
import type { Page } from 'playwright-core';

/**
 * The targets on the page (links, buttons, fields, anything focusable) smaller than 24×24 px, each described for a
 * failure message. Stricter than 2.5.8: its spacing exception is not used (a small target far from the others
 * still fails here). Its other exceptions are:
 * - inline: a link inside a sentence (an inline link in a block whose own text, links left out, has 3 words or more);
 * - essential: the areas and dots drawn on the map (SVG), whose place is what they say; each is also in a list.
 * A checkbox or radio button counts with its label (a tap on the label ticks it). Hidden targets do not count.
 */
export function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 24 - 0.5; // sub-pixel rounding
    const selector = [
      'a[href]',
      'button',
      'summary',
      'select',
      'textarea',
      'input:not([type="hidden"])',
      '[role="button"]',
      '[role="link"]',
      '[role="checkbox"]',
      '[role="radio"]',
      '[role="tab"]',
      '[tabindex]:not([tabindex="-1"])',
    ].join(',');
    const inSentence = (el: Element) => {
      if (getComputedStyle(el).display !== 'inline') return false;
      let block = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      if (!block) return false;
      const copy = block.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('a, button, .visually-hidden').forEach((n) => n.remove());
      // running text around the link, not a title with a status or a count beside it
      return (copy.textContent ?? '').split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length >= 3;
    };
    const small: string[] = [];
    const seen: Element[] = [];
    for (const el of document.querySelectorAll(selector)) {
      if (el.closest('svg')) continue; // essential: shapes on the map
      // a target inside another (a link in a button's label) is that target
      if (seen.some((s) => s.contains(el))) continue;
      seen.push(el);
      const tick = el.matches('input[type="checkbox"], input[type="radio"]')
        ? (el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null))
        : null;
      const box = (tick ?? el).getBoundingClientRect();
      // not shown, or visually hidden for screen readers (1×1 px)
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(el).visibility === 'hidden') continue;
      if ((box.width >= MIN && box.height >= MIN) || inSentence(el)) continue;
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const where = el.closest('header, nav, main, aside, footer, [role="region"]');
      const whereName = where?.getAttribute('aria-label');
      small.push(
        `${el.tagName.toLowerCase()} "${name}" ${box.width.toFixed(1)}×${box.height.toFixed(1)} px` +
          (where ? ` in ${where.tagName.toLowerCase()}${whereName ? ` "${whereName}"` : ''}` : ''),
      );
    }
    return small;
  });
}
