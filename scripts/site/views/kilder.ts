import { cite } from '../cite.ts'
import type { Tables } from '../../data/types.ts'
import { formatDate } from '../../format/danish.ts'
import { amountText } from '../amount.ts'
import { anchor } from '../anchors.ts'
import { indicatorText } from '../figure.ts'
import { href } from '../links.ts'
import { SOURCE_KIND, STATUS_LABEL } from '../vocabulary.ts'
import { records } from '../records.ts'

/** Each source, and every figure, status and recommendation on the site that rests on it. */
export function kilderView(t: Tables) {
  const initiative = (id: string | null) => (id ? records(t).initiative(id).name : undefined)
  return {
    sources: [...t.sources]
      // The five documents first, then the public pages that add to them; newest first within each.
      .sort((a, b) => Number(a.text_file === 'supplementary.md') - Number(b.text_file === 'supplementary.md') || (b.date ?? '').localeCompare(a.date ?? ''))
      .map((s) => {
        const mine = <T extends { source_id: string }>(rows: T[]) => rows.filter((r) => r.source_id === s.source_id)
        // The passage as the source has it, and for OCR text its corrected reading (data/ocr_readings.csv).
        const passage = (row: Parameters<typeof cite>[1]) => {
          const c = cite(t, row)
          return { quote: c.quote, reading: c.reading }
        }
        return {
          id: s.source_id,
          anchor: anchor.source(s),
          title: s.title,
          // A title the data gives alike in both languages is the page's own English title (GOV.UK's), not a Danish one.
          titleLang: s.title === s.title_en ? 'en' : undefined,
          kind: SOURCE_KIND[s.kind],
          date: s.date ? formatDate(s.date) : s.date_note,
          sender: s.sender,
          recipient: s.recipient,
          reference: s.reference,
          url: s.url,
          ocr: s.ocr === 'yes',
          supplementary: s.text_file === 'supplementary.md',
          figures: [
            ...mine(t.indicators).map((i) => ({ text: indicatorText(i), about: i.measure.replace(/\.$/, ''), ...passage(i) })),
            ...mine(t.funding).filter((f) => f.amount_mio_dkk !== null).map((f) => ({ text: amountText(f), about: f.purpose.replace(/\.$/, ''), ...passage(f) })),
          ],
          statuses: mine(t.status_updates).map((u) => ({ text: STATUS_LABEL[u.status], about: initiative(u.initiative_id) ?? u.initiative_id, ...passage(u) })),
          recommendations: mine(t.recommendations).map((r) => ({ text: r.text, href: href.recommendation(r) })),
          links: mine(t.links).map((l) => ({ text: l.title, url: l.url })),
        }
      }),
  }
}
export type KilderView = ReturnType<typeof kilderView>
