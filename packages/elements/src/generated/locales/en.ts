
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'bilingual.missing': str`No matching version: ${0}`,
'bilingual.switch': `Language version`,
'flow.next': `Next page`,
'flow.page-status': str`Page ${0} of ${1}`,
'flow.pager': `Pages`,
'flow.previous': `Previous page`,
'flow.region': `Article`,
    };
  