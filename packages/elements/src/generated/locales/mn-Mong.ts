
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'bilingual.missing': str`ᠬᠠᠷᠢᠴᠠᠬᠤ ᠬᠡᠪ ᠦᠭᠡᠢ: ${0}`,
'bilingual.switch': `ᠬᠡᠯᠡ`,
'flow.next': `ᠳᠠᠷᠠᠭᠠᠬᠢ ᠨᠢᠭᠤᠷ`,
'flow.page-status': str`ᠨᠢᠭᠤᠷ ${0} / ${1}`,
'flow.pager': `ᠨᠢᠭᠤᠷ`,
'flow.previous': `ᠡᠮᠦᠨᠡᠬᠢ ᠨᠢᠭᠤᠷ`,
'flow.region': `ᠥᠭᠦᠯᠡᠯ`,
    };
  