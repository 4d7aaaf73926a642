// One <bichig-text> with the default renderer (auto): a page that ends native pays for the font only.
import '@bichig/elements/bichig-text.js';
