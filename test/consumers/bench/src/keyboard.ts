import '@bichig/elements/bichig-textarea.js';
import '@bichig/elements/bichig-keyboard.js';
