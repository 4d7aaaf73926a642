/** Registers <bichig-service-hall> (and the <bichig-text> it uses). `import '@bichig/elements/bichig-service-hall.js'`. */
import { BichigServiceHall } from './bichig-service-hall/bichig-service-hall.js';
import '../text/bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-service-hall', BichigServiceHall);

export { BichigServiceHall };
