/** Noto Sans Mongolian 3.002, WOFF2 (85 KB): what browsers load. */
export declare const mongolianWoff2: URL;
/** Noto Sans Mongolian 3.002, the TTF gzip-wrapped (119 KB): what the shaped renderer loads, decoded by the browser's DecompressionStream, so shaping needs no WOFF2 decoder. */
export declare const mongolianTtfGz: URL;
/** The GB 2312 subset of Noto Sans SC with vhea/vmtx and vert/vrt2, WOFF2 (975 KB): only the shaped renderer fetches it, and only for text with Chinese, Latin or digits. */
export declare const chineseWoff2: URL;
