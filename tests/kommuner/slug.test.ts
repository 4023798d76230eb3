/**
 * Every kommune's and region's address, written out by hand: a change to the slug function that
 * moves any page (a Danish letter folded another way, a hyphen lost) fails here, by name.
 * The names are read from data/kommuner.csv and data/regions.csv by the test itself.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { foldDanish, slugOf } from '../../scripts/site/slug.ts'

const DATA = join(import.meta.dirname, '..', '..', 'data')
const column = (file: string, name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(DATA, file), 'utf8'), { header: true, skipEmptyLines: true }).data.map((r) => r[name]!)

const KOMMUNER: Record<string, string> = {
  'Aabenraa': 'aabenraa', 'Aalborg': 'aalborg', 'Aarhus': 'aarhus', 'Albertslund': 'albertslund', 'Allerød': 'alleroed',
  'Assens': 'assens', 'Ballerup': 'ballerup', 'Billund': 'billund', 'Bornholm': 'bornholm', 'Brøndby': 'broendby',
  'Brønderslev': 'broenderslev', 'Dragør': 'dragoer', 'Egedal': 'egedal', 'Esbjerg': 'esbjerg', 'Faaborg-Midtfyn': 'faaborg-midtfyn',
  'Fanø': 'fanoe', 'Favrskov': 'favrskov', 'Faxe': 'faxe', 'Fredensborg': 'fredensborg', 'Fredericia': 'fredericia',
  'Frederiksberg': 'frederiksberg', 'Frederikshavn': 'frederikshavn', 'Frederikssund': 'frederikssund', 'Furesø': 'furesoe', 'Gentofte': 'gentofte',
  'Gladsaxe': 'gladsaxe', 'Glostrup': 'glostrup', 'Greve': 'greve', 'Gribskov': 'gribskov', 'Guldborgsund': 'guldborgsund',
  'Haderslev': 'haderslev', 'Halsnæs': 'halsnaes', 'Hedensted': 'hedensted', 'Helsingør': 'helsingoer', 'Herlev': 'herlev',
  'Herning': 'herning', 'Hillerød': 'hilleroed', 'Hjørring': 'hjoerring', 'Holbæk': 'holbaek', 'Holstebro': 'holstebro',
  'Horsens': 'horsens', 'Hvidovre': 'hvidovre', 'Høje-Taastrup': 'hoeje-taastrup', 'Hørsholm': 'hoersholm', 'Ikast-Brande': 'ikast-brande',
  'Ishøj': 'ishoej', 'Jammerbugt': 'jammerbugt', 'Kalundborg': 'kalundborg', 'Kerteminde': 'kerteminde', 'Kolding': 'kolding',
  'København': 'koebenhavn', 'Køge': 'koege', 'Langeland': 'langeland', 'Lejre': 'lejre', 'Lemvig': 'lemvig',
  'Lolland': 'lolland', 'Lyngby-Taarbæk': 'lyngby-taarbaek', 'Læsø': 'laesoe', 'Mariagerfjord': 'mariagerfjord', 'Middelfart': 'middelfart',
  'Morsø': 'morsoe', 'Norddjurs': 'norddjurs', 'Nordfyns': 'nordfyns', 'Nyborg': 'nyborg', 'Næstved': 'naestved',
  'Odder': 'odder', 'Odense': 'odense', 'Odsherred': 'odsherred', 'Randers': 'randers', 'Rebild': 'rebild',
  'Ringkøbing-Skjern': 'ringkoebing-skjern', 'Ringsted': 'ringsted', 'Roskilde': 'roskilde', 'Rudersdal': 'rudersdal', 'Rødovre': 'roedovre',
  'Samsø': 'samsoe', 'Silkeborg': 'silkeborg', 'Skanderborg': 'skanderborg', 'Skive': 'skive', 'Slagelse': 'slagelse',
  'Solrød': 'solroed', 'Sorø': 'soroe', 'Stevns': 'stevns', 'Struer': 'struer', 'Svendborg': 'svendborg',
  'Syddjurs': 'syddjurs', 'Sønderborg': 'soenderborg', 'Thisted': 'thisted', 'Tønder': 'toender', 'Tårnby': 'taarnby',
  'Vallensbæk': 'vallensbaek', 'Varde': 'varde', 'Vejen': 'vejen', 'Vejle': 'vejle', 'Vesthimmerlands': 'vesthimmerlands',
  'Viborg': 'viborg', 'Vordingborg': 'vordingborg', 'Ærø': 'aeroe',
}

const REGIONER: Record<string, string> = {
  'Region Hovedstaden': 'hovedstaden',
  'Region Midtjylland': 'midtjylland',
  'Region Nordjylland': 'nordjylland',
  'Region Sjælland': 'sjaelland',
  'Region Syddanmark': 'syddanmark',
}

describe('slugs', () => {
  it('the table names exactly the 98 kommuner and 5 regions in data/', () => {
    expect(Object.keys(KOMMUNER)).toHaveLength(98)
    expect(column('kommuner.csv', 'kommune').sort()).toEqual(Object.keys(KOMMUNER).sort())
    expect(column('regions.csv', 'region').sort()).toEqual(Object.keys(REGIONER).sort())
  })
  it.each(Object.entries({ ...KOMMUNER, ...REGIONER }))('%s → %s', (name, slug) => {
    expect(slugOf(name)).toBe(slug)
  })
  it('gives every page its own address', () => {
    expect(new Set(Object.values(KOMMUNER)).size).toBe(98)
  })
  it('folds capital and small Danish letters and drops other accents, spaces and punctuation', () => {
    expect(foldDanish('Ærø Ødsted Åby æøå')).toBe('Aeroe Oedsted Aaby aeoeaa')
    expect(foldDanish('Café Müller')).toBe('Cafe Muller')
    expect(slugOf('  Ny by – Øst ')).toBe('ny-by-oest')
    expect(slugOf('Region Øresund')).toBe('oeresund')
  })
})
