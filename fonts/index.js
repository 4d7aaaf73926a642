// The font files of @bichig/fonts as URLs resolved against this module. Written as
// `new URL('./file', import.meta.url)` so that Vite, webpack 5, Rollup and esbuild-based bundlers
// copy the file into the build and rewrite the URL, and a page without a bundler fetches it from
// beside this module. Nothing is fetched until a caller asks for the bytes.

/** Noto Sans Mongolian 3.002, WOFF2 (85 KB): what browsers load. */
export const mongolianWoff2 = new URL('./NotoSansMongolian-Regular.woff2', import.meta.url);

/** Noto Sans Mongolian 3.002, the TTF gzip-wrapped (119 KB): what the shaped renderer loads, decoded by the browser's DecompressionStream, so shaping needs no WOFF2 decoder. */
export const mongolianTtfGz = new URL('./NotoSansMongolian-Regular.ttf.gz', import.meta.url);

/** The GB 2312 subset of Noto Sans SC with vhea/vmtx and vert/vrt2, WOFF2 (975 KB): only the shaped renderer fetches it, and only for text with Chinese, Latin or digits. */
export const chineseWoff2 = new URL('./NotoSansSC-GB2312-Regular.woff2', import.meta.url);
