// Queries of every shape cluster search's planner distinguishes, in both languages, with filters and
// pages: the sharded index (test/cluster/search-sharded.test.ts) and the server's search
// (test/server/search-api.test.ts) must answer each exactly as ClusterSearch does.
import type { SearchOptions } from '@bichig/cluster';

const NNBSP = '\u202F';

export const QUERIES: readonly [string, SearchOptions?][] = [
  ['草原生态保护'],
  ['草原生态保护', { offset: 40, limit: 10 }],
  ['那达慕大会', { limit: 5 }],
  ['那达慕大会', { offset: 60, limit: 10 }],
  ['接羔保育'],
  ['公益性岗位招聘'],
  ['草'],
  ['羊', { offset: 20, limit: 10 }],
  ['2025年'],
  ['政务服务', { kinds: ['service', 'article'] }],
  ['牧民', { siteIds: ['dwq', 'xhq'], limit: 50 }],
  ['牧民', { offset: 10, limit: 10 }],
  ['ᠪᠡᠯᠴᠢᠭᠡᠷ'],
  [`ᠠᠵᠢᠯ${NNBSP}ᠳᠤ`, { languages: ['mn'] }],
  ['ᠬᠣᠰᠢᠭᠤ', { kinds: ['article'] }],
  ['ᠬᠣᠰᠢᠭᠤ', { offset: 10, limit: 10 }],
  [`ᠮᠠᠯᠴᠢᠨ ᠤ ᠠᠵᠢᠯ`],
  ['PM2.5'],
  ['草 羊'],
  ['的'],
  ['的 了 在'],
  ['草原 the'],
  ['锡林郭勒 牧民 草原'],
  ['不存在的词语组合'],
  ['zzzzqqq'],
  ['ᠵᠠᠷᠯᠠᠯ', { siteIds: ['xlgl-mn'] }],
];
