import type { Tables } from '../../../data/types.ts'
import { FORMATS } from '../../../format/locale.ts'
import { anchorEn } from '../../anchors.ts'
import { href } from '../../links.ts'

const en = FORMATS.en

const KIND: Record<string, string> = {
  letter: 'Letter',
  answer: 'Answer to a question',
  annex: 'Annex',
  press_release: 'Press release',
  news_article: 'Article',
  web_page: 'Web page',
  register: 'Register',
}

/** The source documents in English: what each is, who sent it, when, and where it is. */
export function sourcesViewEn(t: Tables) {
  return {
    sources: [...t.sources]
      .sort((a, b) => Number(a.text_file === 'supplementary.md') - Number(b.text_file === 'supplementary.md') || (b.date ?? '').localeCompare(a.date ?? ''))
      .map((s) => ({
        id: s.source_id,
        anchor: anchorEn.source(s),
        title: s.title_en,
        danishTitle: s.title,
        kind: KIND[s.kind] ?? s.kind,
        date: s.date ? en.date(s.date) : s.date_note_en,
        sender: s.sender_en,
        recipient: s.recipient_en,
        reference: s.reference,
        url: s.url,
        ocr: s.ocr === 'yes',
        supplementary: s.text_file === 'supplementary.md',
        danish: href.source(s),
      })),
  }
}
export type SourcesViewEn = ReturnType<typeof sourcesViewEn>
