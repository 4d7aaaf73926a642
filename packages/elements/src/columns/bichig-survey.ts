/** Registers <bichig-survey> (and the <bichig-text>, <bichig-textarea> and <bichig-keyboard> it uses). `import '@bichig/elements/bichig-survey.js'`. */
import { BichigSurvey } from './bichig-survey/bichig-survey.js';
import '../text/bichig-text.js';
import '../input/bichig-textarea.js';
import '../input/bichig-keyboard.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-survey', BichigSurvey);

export { BichigSurvey };
