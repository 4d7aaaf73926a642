import { html, nothing } from 'lit';
import type { CSSResultGroup, PropertyDeclarations, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { BichigColumnElement, columnBaseStyles } from '../../columns/column-base.js';
import type { ColumnContext } from '../../columns/column-base.js';
import { footerStyles } from './bichig-footer.styles.js';
import { safeHref } from '../../internal/sanitize.js';

/**
 * The site footer with the site's identity as government website rules require: the organiser
 * (主办单位, the organisation running the site, from the cluster), the undertaker (承办单位), the
 * site identification code (网站标识码), the ICP filing number (ICP备案号) and the public
 * security filing number (公安机关备案号), and the organiser's address and telephone. The filing
 * numbers are data the site gives as attributes; they are shown exactly as given.
 *
 * @summary The site footer: organiser, site code, ICP and public security filing numbers.
 *
 * @slot - Extra content (links to the site map, privacy statement…) above the identity block.
 *
 * @csspart footer - The footer box.
 * @csspart identity - The list of identity facts.
 *
 * @cssprop --bichig-footer-background - Background (default #f1f3f6).
 *
 * @event bichig-data-error - {BichigDataErrorEvent} The data could not be loaded or the site does not exist.
 */
export class BichigFooter extends BichigColumnElement {
  static override styles: CSSResultGroup = [columnBaseStyles, footerStyles];
  static override properties: PropertyDeclarations = {
    siteCode: { attribute: 'site-code' },
    undertaker: {},
    icp: {},
    icpHref: { attribute: 'icp-href' },
    policeRecord: { attribute: 'police-record' },
    policeHref: { attribute: 'police-href' },
  };

  /** 网站标识码, e.g. 1525000001. */
  declare siteCode: string | undefined;
  /** 承办单位 (the office that runs the site for the organiser), when it differs from the organiser. */
  declare undertaker: string | undefined;
  /** ICP备案号, e.g. 蒙ICP备05001234号. */
  declare icp: string | undefined;
  /** Where the ICP number links to (the filing system's record page). */
  declare icpHref: string | undefined;
  /** 公安机关备案号, e.g. 蒙公网安备 15250202000001号. */
  declare policeRecord: string | undefined;
  /** Where the public security number links to. */
  declare policeHref: string | undefined;

  protected override renderColumn(context: ColumnContext): unknown {
    const org = context.cluster.orgs.get(context.site.orgCode);
    const fact = (label: string, value: TemplateResult | string) =>
      html`<div>
        <dt lang=${this.uiLang}>${label}</dt>
        <dd>${value}</dd>
      </div>`;
    const linked = (text: string, href: string | undefined) =>
      href ? html`<a href=${safeHref(href)} rel="noopener">${text}</a>` : text;
    return html`<footer part="footer" class=${context.vertical ? 'vertical' : 'horizontal'} lang=${context.lang}>
      <slot></slot>
      <dl part="identity">
        ${org ? fact(msg('主办单位', { id: 'footer.organiser' }), this.renderLocalized(org.name)) : nothing}
        ${this.undertaker ? fact(msg('承办单位', { id: 'footer.undertaker' }), this.renderText(this.undertaker)) : nothing}
        ${this.siteCode ? fact(msg('网站标识码', { id: 'footer.site-code' }), html`<span lang="zh-Hans">${this.siteCode}</span>`) : nothing}
        ${this.icp ? fact(msg('ICP备案号', { id: 'footer.icp' }), html`<span lang="zh-Hans">${linked(this.icp, this.icpHref)}</span>`) : nothing}
        ${this.policeRecord ? fact(msg('公安机关备案号', { id: 'footer.police' }), html`<span lang="zh-Hans">${linked(this.policeRecord, this.policeHref)}</span>`) : nothing}
        ${org?.address ? fact(msg('地址', { id: 'footer.address' }), this.renderLocalized(org.address)) : nothing}
        ${org?.phone ? fact(msg('电话', { id: 'footer.phone' }), html`<a href=${`tel:${org.phone}`}>${org.phone}</a>`) : nothing}
      </dl>
    </footer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bichig-footer': BichigFooter;
  }
}
