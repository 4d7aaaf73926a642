/** Noto Sans Mongolian 3.002, TTF with post glyph names (349 KB): for Node tools such as `bichig-shape`. */
export declare const mongolianTtf: URL;
