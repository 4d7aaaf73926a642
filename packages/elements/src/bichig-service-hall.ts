/** Registers <bichig-service-hall> (and the <bichig-text> it uses). `import '@bichig/elements/bichig-service-hall.js'`. */
import { BichigServiceHall } from './bichig-service-hall/bichig-service-hall.js';
import './bichig-text.js';
import { defineElement } from './shared/define.js';

defineElement('bichig-service-hall', BichigServiceHall);

export { BichigServiceHall };
