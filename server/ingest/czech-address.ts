export interface AddressParts {
  street: string | null;
  /** Číslo popisné (or evidenční), possibly already "641/43" with the orientation number. */
  houseNumber: string | number | null;
  /** "č.ev." marks a číslo evidenční (recreational and temporary buildings); anything else is č.p. */
  numberType?: string | null;
  /** Číslo orientační (the street number), when published separately. */
  orientation?: string | number | null;
  postcode: string | null;
}

/** "47001" → "470 01", the way Czech post codes are written; anything else is kept. */
export const formatPostcode = (postcode: string): string =>
  /^\d{5}$/.test(postcode) ? `${postcode.slice(0, 3)} ${postcode.slice(3)}` : postcode;

/**
 * A one-line Czech postal address without the town (towns are columns of their own):
 * "Palackého 4680/91, 466 05". Throws when there is nothing to write.
 *
 * @example formatCzechAddress({ street: 'Husova', houseNumber: '357/10', postcode: '46001' }) // "Husova 357/10, 460 01"
 */
export function formatCzechAddress(parts: AddressParts): string {
  const blank = (v: string | number | null | undefined) =>
    v === null || v === undefined || String(v).trim() === '';
  let number = blank(parts.houseNumber) ? '' : String(parts.houseNumber).trim();
  if (number && !blank(parts.orientation)) number += `/${String(parts.orientation).trim()}`;
  if (number && parts.numberType?.replace(/\s/g, '') === 'č.ev.') number = `ev. č. ${number}`;
  const streetLine = [parts.street?.trim(), number].filter(Boolean).join(' ');
  const postcode = blank(parts.postcode) ? '' : formatPostcode(String(parts.postcode).trim());
  const address = [streetLine, postcode].filter(Boolean).join(', ');
  if (!address) throw new Error('address has no street, number or post code');
  return address;
}
