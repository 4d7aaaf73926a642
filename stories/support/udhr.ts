// Sample text for the stories: Universal Declaration of Human Rights, article 1, from the
// "UDHR in Unicode" project (unicode.org/udhr, udhr_khk_mong and udhr_cmn_hans). Text © The
// Office of the High Commissioner for Human Rights, which allows the Declaration to be
// reproduced freely. Keep this attribution with the text.
export { UDHR_ARTICLE_1_MN, UDHR_ARTICLE_1_ZH, UDHR_ARTICLE_1_ZH_HEADING } from '../../test/elements/fixtures/udhr.js';
