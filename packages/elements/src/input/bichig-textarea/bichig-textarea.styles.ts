import { themeTokens } from '../../internal/theme.js';
import { verticalFieldStyles } from '../field/vertical-field.styles.js';

/** <bichig-textarea>: the vertical field's styles (a box of some columns, sized like a textarea). */
export const bichigTextareaStyles = [themeTokens, verticalFieldStyles];
