/** The word a term is found by in running text: "Udslusningsbolig (exit-bolig)" → "Udslusningsbolig", "SOF og BUF" → "SOF". */
export const termKey = (term: string): string => term.split(/ \(| og | eller /)[0]!.replace(/-rammen$/, '').trim()

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The pattern that finds a term and its inflected forms as one word: "overgangspladser",
 * "udmøntningen", "SIRIs", "FL21-rammen". An abbreviation is matched in capitals only (RED, not
 * "red"), and not as the start of a longer word in capitals ("REDUCERET"). Global, so a caller
 * can search from a position (`lastIndex`) with the text before it still in view.
 */
export function termPattern(term: string): RegExp {
  const key = termKey(term)
  const acronym = key === key.toUpperCase()
  const body = escapeRe(key).replace(/ /g, '\\s+')
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${acronym ? '[\\p{Ll}-]*(?![\\p{Lu}\\p{N}])' : '[\\p{L}-]*'}`, acronym ? 'gu' : 'giu')
}
