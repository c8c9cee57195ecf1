import { outermost, queryAll, type Selectors } from './query';
import { emailIn, lineOf, typedAddresses } from './text';

/** Attributes a recipient chip may carry its address in, most specific first. */
const ADDRESS_ATTRIBUTES = ['data-hovercard-id', 'email', 'data-email', 'title', 'aria-label'];

/**
 * The address a recipient chip stands for: from its attributes (or a descendant's) when
 * one holds an email address, otherwise the name shown on it.
 * @example addressOfChip(chip) // 'jo.bloggs@acme.co.uk'
 */
export function addressOfChip(chip: Element): string {
  for (const el of [chip, ...Array.from(chip.querySelectorAll('[data-hovercard-id], [email], [title], [aria-label]')).slice(0, 20)]) {
    for (const name of ADDRESS_ATTRIBUTES) {
      const found = emailIn(el.getAttribute(name));
      if (found) return found;
    }
  }
  return emailIn(lineOf(chip)) ?? lineOf(chip);
}

/**
 * The recipients in a recipient field: its chips' addresses, then anything typed but not
 * yet turned into a chip. Duplicates are dropped; a missing field gives [].
 * @example readRecipients(compose.querySelector('div[name="to"]'), ['[data-hovercard-id]'], ['input'])
 */
export function readRecipients(field: Element | null, chips: Selectors, typed: Selectors): string[] {
  if (!field) return [];
  const chipElements = outermost(queryAll(field, chips));
  const found = chipElements.map(addressOfChip);
  for (const input of queryAll(field, typed)) {
    if (chipElements.some((chip) => chip.contains(input))) continue;
    found.push(...typedAddresses('value' in input ? String((input as HTMLInputElement).value) : lineOf(input)));
  }
  return [...new Set(found.filter((address) => address.length > 0))];
}
