// The same elements with their fonts served from a folder of the site's own (a CDN, a CMS's static folder).
import { setBasePath } from '@bichig/elements/config.js';
import '@bichig/elements/bichig-text.js';

// Before the first element renders; the folder holds the font files of @bichig/fonts.
setBasePath('/static/bichig/');
