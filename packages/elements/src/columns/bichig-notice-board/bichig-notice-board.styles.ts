import { css } from 'lit';

export const noticeBoardStyles = css`
  .board-head {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 1em;
  }
  li {
    padding-block: 0.35em;
  }
  .title {
    font-size: 1em;
  }
`;
