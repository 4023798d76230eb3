/**
 * The address of every kommune's and region's page, written by hand (not by the slug function):
 * Danish letters spelt out (æ → ae, ø → oe, å → aa), hyphens kept, "Region " left off.
 */
export const KOMMUNER: Record<string, string> = {
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

export const REGIONER: Record<string, string> = {
  'Region Hovedstaden': 'hovedstaden',
  'Region Midtjylland': 'midtjylland',
  'Region Nordjylland': 'nordjylland',
  'Region Sjælland': 'sjaelland',
  'Region Syddanmark': 'syddanmark',
}
