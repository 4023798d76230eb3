/**
 * Danish letters folded for finding, so a name is found however it is typed: "tonder",
 * "toender" and "Tønder" all fold to "tonder"; "aeroe" and "Ærø" to "aro"; "Kobenhavn",
 * "Koebenhavn" and "København" to "kobenhavn"; "Aabenraa" and "Åbenrå" to "abenra". Both sides of
 * a comparison are folded. It is for matching only, never shown (the slug function, which makes
 * the readable addresses "toender", "aeroe", is a different thing).
 */
export function fold(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'a')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/aa/g, 'a')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/**
 * The ways a reader may type a name without Danish letters, for the search index: "Ærø" →
 * "aeroe aero aroe aro", "Tønder" → "toender tonder". Pagefind matches what it indexes, so the
 * kommune's page carries these beside its name (in an attribute, never shown or read aloud).
 */
export function typedForms(name: string): string[] {
  const WAYS: Record<string, string[]> = { æ: ['ae', 'a'], ø: ['oe', 'o'], å: ['aa', 'a'] }
  let forms = ['']
  for (const ch of name.toLocaleLowerCase('da')) forms = forms.flatMap((f) => (WAYS[ch] ?? [ch]).map((w) => f + w))
  const words = forms.flatMap((f) => f.split(/[^a-z0-9]+/)).filter(Boolean)
  const plain = new Set(name.toLocaleLowerCase('da').split(/[^\p{L}\p{N}]+/u))
  return [...new Set(words)].filter((w) => !plain.has(w))
}
