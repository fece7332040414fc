/** Canonical actor ids: snake_case of the canonical name, accents and punctuation dropped ("Bashar al-Assad" → bashar_al_assad). */
export function toActorId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
