/** Registers <bichig-survey> (and the <bichig-text>, <bichig-textarea> and <bichig-keyboard> it uses). `import '@bichig/elements/bichig-survey.js'`. */
import { BichigSurvey } from './bichig-survey/bichig-survey.js';
import './bichig-text.js';
import './bichig-textarea.js';
import './bichig-keyboard.js';
import { defineElement } from './shared/define.js';

defineElement('bichig-survey', BichigSurvey);

export { BichigSurvey };
