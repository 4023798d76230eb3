/**
 * The one way a name becomes a URL segment. Danish letters are spelt out the way Danes write them
 * without æ, ø, å (æ → ae, ø → oe, å → aa: "Tårnby" → "taarnby"), other accents dropped, every run
 * of anything else one hyphen. "Region " is left off a region's name ("Region Sjælland" → "sjaelland").
 * A page's address is its slug, so changing this function moves pages: the table in
 * tests/kommuner/slug.test.ts lists every kommune's and region's expected slug by hand.
 */
export function foldDanish(text: string): string {
  return text
    .replace(/Æ/g, 'Ae')
    .replace(/Ø/g, 'Oe')
    .replace(/Å/g, 'Aa')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
}

/** "Høje-Taastrup" → "hoeje-taastrup", "Region Sjælland" → "sjaelland", "Lyngby-Taarbæk" → "lyngby-taarbaek". */
export function slugOf(name: string): string {
  return foldDanish(name.replace(/^Region /, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
