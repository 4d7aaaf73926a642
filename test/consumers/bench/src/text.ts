import '@bichig/elements/bichig-text.js';
