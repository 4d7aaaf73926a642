/** Registers <bichig-topic>. `import '@bichig/elements/bichig-topic.js'`. */
import { BichigTopic } from './bichig-topic/bichig-topic.js';
import './bichig-text.js';
import { defineElement } from './shared/define.js';

defineElement('bichig-topic', BichigTopic);

export { BichigTopic };
