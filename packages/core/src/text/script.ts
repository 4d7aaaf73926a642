import unicodeProperties from 'unicode-properties';
import { isMongolianCodePoint } from '../mongolian.js';

/**
 * Unicode Script property long names (as unicode-properties returns them) → ISO 15924 codes,
 * following PropertyValueAliases.txt of the Unicode Character Database.
 */
const ISO_15924_BY_SCRIPT_NAME: Readonly<Record<string, string>> = {
  Common: 'Zyyy',
  Inherited: 'Zinh',
  Latin: 'Latn',
  Bopomofo: 'Bopo',
  Greek: 'Grek',
  Coptic: 'Copt',
  Cyrillic: 'Cyrl',
  Armenian: 'Armn',
  Hebrew: 'Hebr',
  Arabic: 'Arab',
  Syriac: 'Syrc',
  Thaana: 'Thaa',
  Nko: 'Nkoo',
  Samaritan: 'Samr',
  Mandaic: 'Mand',
  Devanagari: 'Deva',
  Bengali: 'Beng',
  Gurmukhi: 'Guru',
  Gujarati: 'Gujr',
  Oriya: 'Orya',
  Tamil: 'Taml',
  Telugu: 'Telu',
  Kannada: 'Knda',
  Malayalam: 'Mlym',
  Sinhala: 'Sinh',
  Thai: 'Thai',
  Lao: 'Laoo',
  Tibetan: 'Tibt',
  Myanmar: 'Mymr',
  Georgian: 'Geor',
  Hangul: 'Hang',
  Ethiopic: 'Ethi',
  Cherokee: 'Cher',
  Canadian_Aboriginal: 'Cans',
  Ogham: 'Ogam',
  Runic: 'Runr',
  Tagalog: 'Tglg',
  Hanunoo: 'Hano',
  Buhid: 'Buhd',
  Tagbanwa: 'Tagb',
  Khmer: 'Khmr',
  Mongolian: 'Mong',
  Limbu: 'Limb',
  Tai_Le: 'Tale',
  New_Tai_Lue: 'Talu',
  Buginese: 'Bugi',
  Tai_Tham: 'Lana',
  Balinese: 'Bali',
  Sundanese: 'Sund',
  Batak: 'Batk',
  Lepcha: 'Lepc',
  Ol_Chiki: 'Olck',
  Braille: 'Brai',
  Glagolitic: 'Glag',
  Tifinagh: 'Tfng',
  Han: 'Hani',
  Hiragana: 'Hira',
  Katakana: 'Kana',
  Yi: 'Yiii',
  Lisu: 'Lisu',
  Vai: 'Vaii',
  Bamum: 'Bamu',
  Syloti_Nagri: 'Sylo',
  Phags_Pa: 'Phag',
  Saurashtra: 'Saur',
  Kayah_Li: 'Kali',
  Rejang: 'Rjng',
  Javanese: 'Java',
  Cham: 'Cham',
  Tai_Viet: 'Tavt',
  Meetei_Mayek: 'Mtei',
  Linear_B: 'Linb',
  Lycian: 'Lyci',
  Carian: 'Cari',
  Old_Italic: 'Ital',
  Gothic: 'Goth',
  Old_Permic: 'Perm',
  Ugaritic: 'Ugar',
  Old_Persian: 'Xpeo',
  Deseret: 'Dsrt',
  Shavian: 'Shaw',
  Osmanya: 'Osma',
  Osage: 'Osge',
  Elbasan: 'Elba',
  Caucasian_Albanian: 'Aghb',
  Linear_A: 'Lina',
  Cypriot: 'Cprt',
  Imperial_Aramaic: 'Armi',
  Palmyrene: 'Palm',
  Nabataean: 'Nbat',
  Hatran: 'Hatr',
  Phoenician: 'Phnx',
  Lydian: 'Lydi',
  Meroitic_Hieroglyphs: 'Mero',
  Meroitic_Cursive: 'Merc',
  Kharoshthi: 'Khar',
  Old_South_Arabian: 'Sarb',
  Old_North_Arabian: 'Narb',
  Manichaean: 'Mani',
  Avestan: 'Avst',
  Inscriptional_Parthian: 'Prti',
  Inscriptional_Pahlavi: 'Phli',
  Psalter_Pahlavi: 'Phlp',
  Old_Turkic: 'Orkh',
  Old_Hungarian: 'Hung',
  Hanifi_Rohingya: 'Rohg',
  Old_Sogdian: 'Sogo',
  Sogdian: 'Sogd',
  Elymaic: 'Elym',
  Brahmi: 'Brah',
  Kaithi: 'Kthi',
  Sora_Sompeng: 'Sora',
  Chakma: 'Cakm',
  Mahajani: 'Mahj',
  Sharada: 'Shrd',
  Khojki: 'Khoj',
  Multani: 'Mult',
  Khudawadi: 'Sind',
  Grantha: 'Gran',
  Newa: 'Newa',
  Tirhuta: 'Tirh',
  Siddham: 'Sidd',
  Modi: 'Modi',
  Takri: 'Takr',
  Ahom: 'Ahom',
  Dogra: 'Dogr',
  Warang_Citi: 'Wara',
  Nandinagari: 'Nand',
  Zanabazar_Square: 'Zanb',
  Soyombo: 'Soyo',
  Pau_Cin_Hau: 'Pauc',
  Bhaiksuki: 'Bhks',
  Marchen: 'Marc',
  Masaram_Gondi: 'Gonm',
  Gunjala_Gondi: 'Gong',
  Makasar: 'Maka',
  Cuneiform: 'Xsux',
  Egyptian_Hieroglyphs: 'Egyp',
  Anatolian_Hieroglyphs: 'Hluw',
  Mro: 'Mroo',
  Bassa_Vah: 'Bass',
  Pahawh_Hmong: 'Hmng',
  Medefaidrin: 'Medf',
  Miao: 'Plrd',
  Tangut: 'Tang',
  Nushu: 'Nshu',
  Duployan: 'Dupl',
  SignWriting: 'Sgnw',
  Nyiakeng_Puachue_Hmong: 'Hmnp',
  Wancho: 'Wcho',
  Mende_Kikakui: 'Mend',
  Adlam: 'Adlm',
};

/** ISO 15924 codes used by the analysis. */
export const SCRIPT_COMMON = 'Zyyy';
export const SCRIPT_INHERITED = 'Zinh';
export const SCRIPT_UNKNOWN = 'Zzzz';
export const SCRIPT_MONGOLIAN = 'Mong';
/** ISO 15924 "Zsye": emoji symbols. Emoji are Common in Unicode, but need their own font and run. */
export const SCRIPT_EMOJI = 'Zsye';

const emojiPresentation = /\p{Emoji_Presentation}/u;
const extendedPictographic = /\p{Extended_Pictographic}/u;

/**
 * The ISO 15924 script of one code point, before Common/Inherited characters are resolved.
 *
 * Two corrections to the Unicode Script property, both needed to keep a Mongolian word in one run:
 * the whole Mongolian block is 'Mong' (U+1802, U+1803 and U+1805 are Common with
 * Script_Extensions {Mong, Phag}, and U+180F FVS4 is newer than unicode-properties' data), and
 * emoji with emoji presentation are 'Zsye' rather than Common.
 *
 * @param nextCodePoint the code point after this one, to recognise text pictographs followed by VS16.
 */
export function scriptOf(codePoint: number, nextCodePoint = -1): string {
  if (isMongolianCodePoint(codePoint)) return SCRIPT_MONGOLIAN;
  const name = unicodeProperties.getScript(codePoint);
  if (name === null || name === 'null') return SCRIPT_UNKNOWN;
  const code = ISO_15924_BY_SCRIPT_NAME[name] ?? SCRIPT_UNKNOWN;
  if (code === SCRIPT_COMMON && codePoint >= 0x2000 && isEmojiBase(codePoint, nextCodePoint)) return SCRIPT_EMOJI;
  return code;
}

function isEmojiBase(codePoint: number, nextCodePoint: number): boolean {
  const char = String.fromCodePoint(codePoint);
  if (emojiPresentation.test(char)) return true;
  return nextCodePoint === 0xfe0f && extendedPictographic.test(char);
}
