import { css } from 'lit';
import { themeTokens } from '../../internal/theme.js';
import { verticalFieldStyles } from '../field/vertical-field.styles.js';

/** <bichig-input>: the vertical field's styles, as one column that scrolls along its length. */
export const bichigInputStyles = [
  themeTokens,
  verticalFieldStyles,
  css`
    :host {
      /* One column: the line box plus the control's padding and border. */
      inline-size: calc(var(--_line-height) * 1em + 0.8em + 2px);
      block-size: 12em;
    }
    #control {
      white-space: pre;
    }
  `,
];
