import { FVS1, FVS2, FVS3, FVS4, MVS, NNBSP } from '../mongolian.js';

/*
 * The Menksoft glyph encoding: each Private Use Area code point U+E234–U+E34F is one drawn glyph
 * (a punctuation mark, a digit, or one positional form of a letter). Which glyph each code point
 * is comes from the glyph list published with the Android `mongol-library` (suragch/mongol-library,
 * MongolCode.java, class `Glyph`; MIT licence, © 2017 suragch; see SOURCES.md beside this file).
 * Only that list (code point → glyph name) was used; the Unicode side below is written here,
 * for UTN #57 / GB/T 25914-2023 as the project font (Noto Sans Mongolian 3.002) implements it.
 *
 * One line per code point: `code  forms  unicode  glyph  [context]`
 * - forms: the positions the glyph is drawn for (isol, init, medi, fina; `|` when one glyph serves
 *   several). The converter keeps the glyph's position with ZWJ when it stands elsewhere.
 * - unicode: letters by transliteration, then `fvs1`–`fvs4` when the glyph is a variant the font
 *   would not choose by itself, `mvs` before a letter that follows the Mongolian vowel separator.
 *   Punctuation is given as U+XXXX.
 * - glyph: the written form in the project font (its post glyph name `uniXXXX.<form>.<position>`),
 *   or `~regex` for a glyph the font draws as a ligature with the letter beside it.
 * - context: the neighbour the glyph is drawn for (`<b` after ᠪ, `>e` before ᠡ), which the table
 *   test shapes it in; the converter needs no context, the font chooses these forms itself.
 * Code points the list leaves unnamed are absent: the converter reports them and keeps them.
 */
export const MENKSOFT_TABLE = `
E234 punct U+1800 birga
E235 punct U+1801 ellipsis
E236 punct U+1802 comma
E237 punct U+1803 full-stop
E238 punct U+1804 colon
E239 punct U+1805 four-dots
E23A punct U+1806 todo-soft-hyphen
E23B punct U+1807 sibe-syllable-boundary
E23C punct U+1808 manchu-comma
E23D punct U+1809 manchu-full-stop
E23E punct U+180A nirugu
E23F punct U+11660 birga-with-ornament
E240 punct U+11661 rotated-birga
E241 punct U+11662 double-birga-with-ornament
E242 punct U+11663 triple-birga-with-ornament
E243 punct U+00B7 middle-dot
E244 punct U+1810 digit-0
E245 punct U+1811 digit-1
E246 punct U+1812 digit-2
E247 punct U+1813 digit-3
E248 punct U+1814 digit-4
E249 punct U+1815 digit-5
E24A punct U+1816 digit-6
E24B punct U+1817 digit-7
E24C punct U+1818 digit-8
E24D punct U+1819 digit-9
E24E punct U+2048 question-exclamation
E24F punct U+2049 exclamation-question
E250 punct U+0021 exclamation
E251 punct U+003F question
E252 punct U+003B semicolon
E253 punct U+0028 left-parenthesis
E254 punct U+0029 right-parenthesis
E255 punct U+3008 left-angle-bracket
E256 punct U+3009 right-angle-bracket
E257 punct U+3014 left-tortoise-shell-bracket
E258 punct U+3015 right-tortoise-shell-bracket
E259 punct U+300A left-double-angle-bracket
E25A punct U+300B right-double-angle-bracket
E25B punct U+300E left-white-corner-bracket
E25C punct U+300F right-white-corner-bracket
E25D punct U+FF0C fullwidth-comma
E25E punct U+00D7 multiplication-x
E25F punct U+203B reference-mark
E260 punct U+2013 en-dash
E261 punct U+2014 em-dash
E263 punct U+202F suffix-space
E264 isol a AA
E265 isol a,fvs1 A
E266 init a AA
E267 init a,fvs1 A
E268 fina a A
E269 fina a,fvs1 Aa
E26A fina mvs,a Aa
E26B fina a ~^B.*A <b
E26C medi a A
E26D medi a ~^B.*A <b
E26E medi a,fvs1 AA
E26F medi a A
E270 isol e A
E271 init e A
E272 init e,fvs1 AA
E273 fina e A
E274 fina mvs,e Aa
E275 fina e ~^B.*A <b
E276 medi e A
E277 medi e ~^B.*A <b
E278 medi e A
E279 isol i AI
E27A init i AI
E27B fina i I
E27C fina i ~^B.*I <b
E27D medi i,fvs1 AI
E27E medi i I
E27F medi i ~^B.*I <b
E280 init i I <nnbsp
E281 medi i II <a
E282 isol i I <nnbsp
E283 isol o AO
E284 init o AO
E285 fina o O
E286 fina o,fvs2 U
E287 fina o ~^B.*O <b
E288 medi o,fvs1 AO
E289 medi o O
E28A medi o ~^B.*O <b
E28B isol u AO
E28C init|isol u AO
E28D fina u O
E28E fina u,fvs2 U
E28F fina u ~^B.*O <b
E290 medi u,fvs1 AO
E291 medi u O
E292 medi u ~^B.*O <b
E293 isol oe AUe
E294 isol oe,fvs1 AU
E295 init oe AOI
E296 fina oe Ue
E297 fina oe,fvs2 O
E298 fina oe,fvs2 ~^B <b
E299 fina oe,fvs3 U
E29A fina oe ~^B <b
E29B medi oe,fvs2 AOI
E29C medi oe,fvs3 O
E29D medi oe,fvs3 ~^B <b
E29E medi oe OI
E29F medi oe ~^B <b
E2A0 isol ue AUe
E2A1 isol ue,fvs1 AU
E2A2 init ue AOI
E2A3 fina ue Ue
E2A4 fina ue,fvs2 O
E2A5 fina ue,fvs2 ~^B <b
E2A6 fina ue,fvs3 U
E2A7 fina ue ~^B <b
E2A8 medi ue,fvs2 AOI
E2A9 medi ue,fvs3 O
E2AA medi ue,fvs3 ~^B <b
E2AB medi ue OI
E2AC medi ue ~^B <b
E2AD isol ee AW
E2AE init ee AW
E2AF fina ee W
E2B0 medi ee W
E2B1 init n N >a
E2B2 init n,fvs1 A >a
E2B3 init|isol n N >o
E2B4 init n,fvs1 A >o
E2B5 fina n A
E2B6 fina n ~^N\\.fina\\.mvs >mvs
E2B7 medi n N >a
E2B8 medi n A >d
E2B9 medi n N >o
E2BA medi n A >ch
E2BB fina ng AG
E2BC medi|init|isol ng AG >a
E2BD medi ng ~1829|^AG|^NG >b
E2BE medi ng AG >ch
E2BF medi n,fvs1 N >g
E2C0 medi n A >g
E2C1 init|isol b B
E2C2 init b ~^BO >o
E2C3 fina b B
E2C4 fina b,fvs1 B2
E2C5 medi b ~^BA >a
E2C6 medi b ~^BO >o
E2C7 medi b B
E2C8 init|isol p P
E2C9 init p ~^PO >o
E2CA fina p P
E2CB medi p ~^PA >a
E2CC medi p ~^PO >o
E2CD medi p P
E2CE init q H >a
E2CF init g Hx >a
E2D0 init q ~^G >e
E2D1 init|isol q,fvs4 Gx
E2D2 init|isol q H >o
E2D3 init g Hx >o
E2D4 init q ~^G >oe
E2D5 init q,fvs4 ~Gx >oe
E2D6 fina q H <a
E2D7 medi g,fvs2 G >a
E2D8 medi q H >a
E2D9 medi g Hx >a
E2DA medi q ~^G >e
E2DB medi q,fvs4 Gx
E2DC medi q H >o
E2DD medi q ~^G >oe
E2DE medi q,fvs4 ~Gx >oe
E2DF medi g G
E2E0 medi g,fvs4 Gx
E2E1 init g Hx >a
E2E2 init q H >a
E2E3 init g ~^G >e
E2E4 init|isol g Hx >o
E2E5 init q H >o
E2E6 init g ~^G >oe
E2E7 fina g H <a
E2E8 fina g G <e
E2E9 medi g,fvs2 G >a
E2EA medi q H >a
E2EB medi g ~^G >e
E2EC medi q H >o
E2ED medi g ~^G >oe
E2EE medi g Hx >a
E2EF medi g G
E2F0 medi g G >ch
E2F1 init m M >a
E2F2 init|isol m ~M >m
E2F3 fina m M
E2F4 medi m M >a
E2F5 medi m ~M >m
E2F6 medi m ~^B|M <b
E2F7 init l L >a
E2F8 init|isol l ~L >m
E2F9 fina l L
E2FA medi l L >a
E2FB medi l ~L >m
E2FC medi l ~^B|L <b
E2FD init s S >a
E2FE init|isol s S >o
E2FF fina s S
E300 fina s,fvs1 Sz
E301 medi s S >a
E302 medi s S >o
E303 init sh Sh >a
E304 init|isol sh Sh >o
E305 fina sh Sh
E306 medi sh Sh >a
E307 medi sh Sh >o
E308 init t T >a
E309 init|isol t T >o
E30A fina t T
E30B medi t T
E30C medi t,fvs2 D >a
E30D medi t,fvs2 D >o
E30E init d,fvs2 T >a
E30F init d,fvs2 T >o
E310 init d D >a
E311 fina d Dd
E312 fina d,fvs1 D
E313 medi d,fvs1 D
E314 medi d Dd
E315 init|isol ch Ch
E316 fina ch Ch
E317 medi ch Ch
E318 isol j I
E319 init j I >a
E31A init j I >o
E31B fina j J
E31C fina j I >mvs
E31D medi j J
E31E init|isol y Y
E31F fina y I
E320 medi y Y
E321 medi|init y,fvs1 I
E322 init|isol r R >o
E323 init r R >a
E325 fina r R
E326 medi r R >o
E327 medi r R >a
E329 init|isol w W
E32A fina w W
E32B fina w,fvs1 U
E32C medi w W
E32D init|isol f F
E32E init f ~^F >o
E32F fina f F
E330 medi f ~^F >a
E331 medi f ~^F >o
E332 medi f F
E333 init|isol k K2
E334 init k ~K2|^K >o
E335 fina k K2
E336 medi k ~K2|^K >a
E337 medi k ~K2|^K >o
E338 medi k K2
E339 init|isol kh K
E33A init kh ~^K >o
E33B fina kh K
E33C medi kh ~^K >a
E33D medi kh ~^K >o
E33E medi kh K
E33F init|isol ts C
E340 fina ts C
E341 medi ts C
E342 init|isol z Z
E343 fina z Z
E344 medi z Z
E345 init|isol h AHr
E346 fina h Hr
E347 medi h Hr
E348 init|isol zr Rh
E349 medi zr Rh
E34A fina zr Rh
E34B init|isol lh LHr
E34C medi|fina lh LHr
E34D medi|fina lh ~^B|LHr <b
E34E isol|init|medi|fina zh Zr
E34F isol|init|medi|fina chi Cr
`;

/** Transliteration used in {@link MENKSOFT_TABLE} → the Unicode character. */
export const LETTER_CODES: Readonly<Record<string, string>> = {
  a: '\u1820',
  e: '\u1821',
  i: '\u1822',
  o: '\u1823',
  u: '\u1824',
  oe: '\u1825',
  ue: '\u1826',
  ee: '\u1827',
  n: '\u1828',
  ng: '\u1829',
  b: '\u182A',
  p: '\u182B',
  q: '\u182C',
  g: '\u182D',
  m: '\u182E',
  l: '\u182F',
  s: '\u1830',
  sh: '\u1831',
  t: '\u1832',
  d: '\u1833',
  ch: '\u1834',
  j: '\u1835',
  y: '\u1836',
  r: '\u1837',
  w: '\u1838',
  f: '\u1839',
  k: '\u183A',
  kh: '\u183B',
  ts: '\u183C',
  z: '\u183D',
  h: '\u183E',
  zr: '\u183F',
  lh: '\u1840',
  zh: '\u1841',
  chi: '\u1842',
  fvs1: FVS1,
  fvs2: FVS2,
  fvs3: FVS3,
  fvs4: FVS4,
  mvs: MVS,
  nnbsp: NNBSP,
};
