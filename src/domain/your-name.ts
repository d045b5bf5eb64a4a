/**
 * The user's own name (Settings.yourName): a certificate prints it largest, and it is never the course or the
 * issuer. The readers take it as `people`, a plain list of names. Pure and free of zod, so the script injected
 * into a page can check what it is handed with the same bounds.
 */

/** Longer than any name a certificate prints. */
export const MAX_NAME_LENGTH = 100;
/** The user's name and a few spellings of it; more is not a list of the user's names. */
export const MAX_PEOPLE = 4;

/** The names the readers should never take for a title or an issuer: the user's, when given. */
export function peopleOf(settings: { yourName?: string }): string[] {
  const name = settings.yourName?.trim();
  return name ? [name] : [];
}

/**
 * Names as handed across a boundary (the argument an injected script is called with): a short array of non-empty
 * strings of bounded length, trimmed. Anything else gives no names at all, so a scan goes on as without them.
 */
export function peopleFromArgument(value: unknown): string[] {
  if (!Array.isArray(value) || value.length > MAX_PEOPLE) return [];
  const people: string[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'string' || item.length > MAX_NAME_LENGTH * 2) continue;
    const name = item.trim();
    if (name !== '' && name.length <= MAX_NAME_LENGTH) people.push(name);
  }
  return people;
}

export type TypedName = { ok: true; yourName?: string } | { ok: false };

/** The name as typed into a form: spaces collapsed and trimmed; empty is no name, too long is refused. */
export function nameFromInput(text: string): TypedName {
  const name = text.replace(/\s+/g, ' ').trim();
  if (name.length > MAX_NAME_LENGTH) return { ok: false };
  return name ? { ok: true, yourName: name } : { ok: true };
}
