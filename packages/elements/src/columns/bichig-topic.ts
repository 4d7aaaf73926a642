/** Registers <bichig-topic>. `import '@bichig/elements/bichig-topic.js'`. */
import { BichigTopic } from './bichig-topic/bichig-topic.js';
import '../text/bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-topic', BichigTopic);

export { BichigTopic };
