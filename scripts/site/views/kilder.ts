import { cite } from '../cite.ts'
import type { Source, Tables } from '../../data/types.ts'
import type { Lang } from '../../format/locale.ts'
import { href } from '../links.ts'
import { type Both, language } from '../language.ts'
import { SOURCE_KIND } from '../vocabulary.ts'
import { records } from '../records.ts'

/** A source's kind as a heading, in both languages. */
const KIND: Record<Source['kind'], Both> = {
  letter: { da: SOURCE_KIND.letter, en: 'Letter' },
  answer: { da: SOURCE_KIND.answer, en: 'Answer to a question' },
  annex: { da: SOURCE_KIND.annex, en: 'Annex' },
  press_release: { da: SOURCE_KIND.press_release, en: 'Press release' },
  news_article: { da: SOURCE_KIND.news_article, en: 'Article' },
  web_page: { da: SOURCE_KIND.web_page, en: 'Web page' },
  register: { da: SOURCE_KIND.register, en: 'Register' },
}

/** Each source, and every figure, status and recommendation on the site that rests on it (/kilder). */
export const kilderView = (t: Tables) => sourcesView(t, 'da')
export type KilderView = ReturnType<typeof kilderView>

/** The same page in English (/en/sources): what each source is, who sent it, when, and where it is. */
export const sourcesViewEn = (t: Tables) => sourcesView(t, 'en')
export type SourcesViewEn = ReturnType<typeof sourcesViewEn>

/** The sources page in `lang`: the same sources in the same order, in the `_en` columns' words on the English page. */
export function sourcesView(t: Tables, lang: Lang) {
  const L = language(lang)
  const initiative = (id: string | null) => (id ? L.col(records(t).initiative(id), 'name') : undefined)
  const recommendationHref = (r: Tables['recommendations'][number]) => L.say({ da: href.recommendation(r), en: href.page('/en/recommendations', L.anchor.recommendation(r)) })
  return {
    sources: [...t.sources]
      // The five documents first, then the public pages that add to them; newest first within each.
      .sort((a, b) => Number(a.text_file === 'supplementary.md') - Number(b.text_file === 'supplementary.md') || (b.date ?? '').localeCompare(a.date ?? ''))
      .map((s) => {
        const mine = <T extends { source_id: string }>(rows: T[]) => rows.filter((r) => r.source_id === s.source_id)
        // The passage as the source has it (Danish on both pages), and for OCR text its corrected reading (data/ocr_readings.csv).
        const passage = (row: Parameters<typeof cite>[1]) => {
          const c = cite(t, row)
          return { quote: c.quote, reading: c.reading }
        }
        return {
          id: s.source_id,
          anchor: L.anchor.source(s),
          title: L.col(s, 'title'),
          // On the Danish page, a title the data gives alike in both languages is the page's own English title (GOV.UK's), not a Danish one.
          titleLang: L.say<'en' | undefined>({ da: s.title === s.title_en ? 'en' : undefined, en: undefined }),
          /** On the English page: the source's Danish title, and its entry on the Danish sources page. */
          danishTitle: L.only('en', () => s.title),
          danish: L.only('en', () => href.source(s)),
          kind: L.say(KIND[s.kind]),
          date: s.date ? L.f.date(s.date) : L.col(s, 'date_note'),
          sender: L.col(s, 'sender'),
          recipient: L.col(s, 'recipient'),
          reference: s.reference,
          url: s.url,
          ocr: s.ocr === 'yes',
          supplementary: s.text_file === 'supplementary.md',
          /**
           * What on the site rests on the source, with its passages: the Danish page lists it; the English
           * page links to that list ("on the Danish page") rather than repeating it.
           */
          onSite: L.only('da', () => ({
            figures: [
              ...mine(t.indicators).map((i) => ({ text: L.indicator(i), about: L.col(i, 'measure').replace(/\.$/, ''), ...passage(i) })),
              ...mine(t.funding).filter((f) => f.amount_mio_dkk !== null).map((f) => ({ text: L.amount(f), about: L.col(f, 'purpose').replace(/\.$/, ''), ...passage(f) })),
            ],
            statuses: mine(t.status_updates).map((u) => ({ text: L.status[u.status], about: initiative(u.initiative_id) ?? u.initiative_id, ...passage(u) })),
            recommendations: mine(t.recommendations).map((r) => ({ text: L.col(r, 'text'), href: recommendationHref(r) })),
            links: mine(t.links).map((l) => ({ text: L.col(l, 'title'), url: l.url })),
          })),
        }
      }),
  }
}
