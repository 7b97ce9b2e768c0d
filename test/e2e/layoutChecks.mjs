/*
 * What the browser tests check on a page, in the page: field labels that
 * cover their input (a value or a placeholder), words and tier names broken
 * across lines, content wider than its card. Shared by the layout tests.
 */
import assert from 'node:assert/strict';

/** The card (InfoCard) with the given title. */
export function card(page, title) {
  return page.locator('.MuiCard-root').filter({
    has: page.locator('.MuiCardHeader-title').getByText(title, { exact: true }),
  });
}

/**
 * Boxes of every field's visible label and of its input (a text input, or a
 * select's trigger with its value or placeholder): Backstage UI fields (whose
 * select label is a span beside a hidden native select) and Material UI text
 * fields alike.
 */
export async function fieldBoxes(locator) {
  return locator.evaluate(root =>
    [
      ...root.querySelectorAll(
        '.bui-TextField, .bui-Select, .bui-Combobox, .MuiTextField-root',
      ),
    ].map(field => {
      const label =
        field.querySelector('.bui-FieldLabel') ?? field.querySelector('label');
      const input = field.querySelector(
        '.bui-SelectTrigger, input:not([type=hidden]):not([tabindex="-1"]), textarea, button',
      );
      const box = element => {
        const r = element.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      };
      return {
        label: label?.textContent ?? '',
        labelBox: label ? box(label) : undefined,
        inputBox: input ? box(input) : undefined,
        valueText: (input?.value || input?.textContent) ?? '',
      };
    }),
  );
}

function intersects(a, b) {
  return (
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
  );
}

/** Asserts no field label in the locator covers its input. */
export async function assertLabelsClear(locator, where) {
  const fields = await fieldBoxes(locator);
  assert.ok(fields.length > 0, `${where}: fields found`);
  for (const field of fields) {
    assert.ok(field.labelBox && field.inputBox, `${where}: ${field.label}`);
    assert.ok(
      field.labelBox.right - field.labelBox.left > 1,
      `${where}: the label “${field.label}” is visible`,
    );
    assert.ok(
      !intersects(field.labelBox, field.inputBox),
      `${where}: the label “${field.label}” overlaps its input “${field.valueText}”`,
    );
  }
  return fields;
}

/**
 * Every word in the locator's text that the browser laid out on more than
 * one line ("Advance / d", "Requ / ired"), and how many words it looked at.
 * A word is what lies between spaces, hyphens and slashes (a line may break
 * there); with `only`, just those words are looked at. Text that is not
 * displayed, or only to screen readers (a box a pixel wide), is left out.
 */
export async function brokenWords(locator, only) {
  return locator.evaluate((root, words) => {
    const pattern = words
      ? new RegExp(`\\b(${words.join('|')})\\b`, 'gu')
      : /[^\s\-/\u2013\u2014]{2,}/gu;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const broken = [];
    let found = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (
        !parent ||
        !parent.checkVisibility() ||
        parent.getBoundingClientRect().width <= 1
      ) {
        continue;
      }
      for (const match of node.textContent.matchAll(pattern)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter(r => r.width > 0);
        if (rects.length === 0) continue; // not displayed
        found += 1;
        const tops = new Set(rects.map(r => Math.round(r.top)));
        if (tops.size > 1) {
          broken.push(`${match[0]} in “${node.textContent.trim()}”`);
        }
      }
    }
    return { found, broken };
  }, only);
}

/** Asserts the locator shows words and none of them breaks across lines. */
export async function assertWordsWhole(locator, where) {
  const { found, broken } = await brokenWords(locator);
  assert.ok(found > 0, `${where}: words found`);
  assert.deepEqual(broken, [], `${where}: words broken across lines`);
}

/** Asserts no tier name in the locator breaks across lines; returns how many were seen. */
export async function assertTierNamesWhole(locator, tierNames, where) {
  const { found, broken } = await brokenWords(locator, tierNames);
  assert.deepEqual(broken, [], `${where}: tier names broken across lines`);
  return found;
}

/** Asserts nothing in the locator is wider than it. */
export async function assertFits(locator, where) {
  const { scrollWidth, clientWidth } = await locator.evaluate(el => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  assert.ok(
    scrollWidth <= clientWidth + 1,
    `${where}: content ${scrollWidth}px wide in a ${clientWidth}px card`,
  );
}

/** Asserts every card on the page fits its content. */
export async function assertCardsFit(page, where) {
  const cards = page.locator('.MuiCard-root');
  const count = await cards.count();
  assert.ok(count > 0, `${where}: cards found`);
  for (let i = 0; i < count; i += 1) {
    const title = await cards
      .nth(i)
      .locator('.MuiCardHeader-title')
      .first()
      .textContent()
      .catch(() => `card ${i}`);
    await assertFits(cards.nth(i), `${where}, “${title}”`);
  }
}
