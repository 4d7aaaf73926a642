// The portal's run-time configuration, `/portal-config.json`: where letters and survey answers go
// (`formApi`), where the search page asks (`searchApi`) and the staff desk's API (`deskApi`). The
// build writes them as null (or the
// form API given by PORTAL_FORM_API); a host may replace the file without a new build, and
// @bichig/server answers it with its own /api/forms/ and /api/search/. Read once per page, through
// the service worker, so a page opened offline still knows where to send. Imports nothing, so the
// search page does not carry the forms' code to read it.

/** The run-time configuration; a key the file lacks (or a file that cannot be read) is null. */
export interface PortalConfig {
  readonly formApi: string | null;
  readonly searchApi: string | null;
  /** The staff desk's API (`/desk/` works only with one). */
  readonly deskApi: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

let config: Promise<PortalConfig> | undefined;
export function portalConfig(): Promise<PortalConfig> {
  config ??= fetch(new URL('/portal-config.json', location.href))
    .then((response): Promise<Record<string, unknown>> | Record<string, unknown> =>
      response.ok ? response.json() : {},
    )
    .then((json) => ({
      formApi: text(json['formApi']),
      searchApi: text(json['searchApi']),
      deskApi: text(json['deskApi']),
    }))
    .catch(() => ({ formApi: null, searchApi: null, deskApi: null }));
  return config;
}
