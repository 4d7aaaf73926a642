/** Writes the ASCII digits of `value` as Mongolian digits (U+1810–1819) when `locale` is mn-Mong: Intl has no data for Mongolian script. */
export function localDigits(value: number, locale: string): string {
  const ascii = String(value);
  return locale === 'mn-Mong' ? ascii.replace(/[0-9]/g, (d) => String.fromCharCode(0x1810 + Number(d))) : ascii;
}
