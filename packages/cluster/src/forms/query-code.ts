// Query codes (查询码): what a writer keeps to look a letter up, on the phone or at the desk.

// No 0/O, 1/I/L: a code is read aloud over the phone and typed on cheap keyboards.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** What a stored query code looks like: 8–12 uppercase letters or digits (the schema's rule). */
export const QUERY_CODE_PATTERN = /^[0-9A-Z]{8,12}$/;

/** A random query code of `length` characters from an alphabet without look-alikes. */
export function randomQueryCode(length = 10): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/** A code as a writer may type it (spaces around it, lower case) in the stored form. */
export function normalizeQueryCode(typed: string): string {
  return typed.trim().toUpperCase();
}
