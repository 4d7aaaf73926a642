import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { toMongolianDigits } from '@bichig/core/format';
import type { Interview } from '@bichig/cluster';
import { BichigColumnElement, columnBaseStyles } from '../column-base.js';
import type { ColumnContext } from '../column-base.js';
import { interviewStyles } from './bichig-interview.styles.js';
import { safeHref } from '../../internal/sanitize.js';
import { controlLabel } from '../../internal/control-label.js';

let nextInstance = 1;

/**
 * Online interviews (在线访谈): the list of a column's interviews with their state, and the chosen
 * one — a preview (announced: when, who, what about), live (the video and the transcript so far,
 * announced to screen readers as it grows) or a replay (video and full transcript). With
 * `live-refresh` and a `src`, a live interview reloads its data every so many seconds.
 *
 * @summary Online interview: preview, live or replay with transcript.
 *
 * @csspart interviews - The list of interviews (when the column has more than one).
 * @csspart state - The state badge (preview / live / replay).
 * @csspart guests - The list of guests.
 * @csspart video - The video.
 * @csspart transcript - The transcript.
 * @csspart utterance - One entry of the transcript.
 *
 * @cssprop --bichig-column-height - Height of the vertical (Mongolian) layout.
 *
 * @event bichig-interview-select - {CustomEvent<{id: string}>} An interview was chosen from the list.
 * @event bichig-data-error - {BichigDataErrorEvent} The data could not be loaded.
 */
export class BichigInterview extends BichigColumnElement {
  static override styles = [...columnBaseStyles, interviewStyles];
  static override properties = {
    ...BichigColumnElement.properties,
    interview: { reflect: true },
    liveRefresh: { type: Number, attribute: 'live-refresh' },
  };

  /** Id of the interview shown (default: the live one, else the newest). */
  declare interview: string | undefined;
  /** While the shown interview is live and the data comes from `src`: reload every this many seconds (0 = never). */
  declare liveRefresh: number;

  readonly #id = `bichig-interview-${nextInstance++}`;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.liveRefresh = 0;
  }

  /** The interviews of the column (or of the site), live first, then newest first. */
  get interviews(): Interview[] {
    const context = this.context;
    if (!context) return [];
    const rank = (i: Interview) => (i.state === 'live' ? 0 : 1);
    return context.site.interviews
      .filter((i) => !this.column || i.columnId === this.column)
      .sort((a, b) => rank(a) - rank(b) || Date.parse(b.scheduledAt) - Date.parse(a.scheduledAt));
  }

  /** The interview on screen. */
  get current(): Interview | undefined {
    const list = this.interviews;
    return list.find((i) => i.id === this.interview) ?? list[0];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const live = this.current?.state === 'live' && this.liveRefresh > 0 && !!this.src && !this.cluster;
    if (live && !this.#timer) this.#timer = setInterval(() => this.reload(), this.liveRefresh * 1000);
    if (!live && this.#timer) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** `HH:mm` in China time (the cluster's sites), in the content language's digits. */
  #time(timestamp: string, context: ColumnContext): string {
    const clock = new Date(Date.parse(timestamp) + 8 * 3_600_000).toISOString().slice(11, 16);
    return context.language === 'mn' ? toMongolianDigits(clock) : clock;
  }

  #stateLabel(state: Interview['state']): string {
    switch (state) {
      case 'preview':
        return msg('预告', { id: 'interview.preview' });
      case 'live':
        return msg('直播中', { id: 'interview.live' });
      case 'replay':
        return msg('回顾', { id: 'interview.replay' });
    }
  }

  #select(id: string): void {
    this.interview = id;
    this.dispatchEvent(new CustomEvent('bichig-interview-select', { detail: { id }, bubbles: true, composed: true }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${this.#id}-title`)?.focus());
  }

  protected renderColumn(context: ColumnContext): TemplateResult {
    const list = this.interviews;
    const current = this.current;
    if (!current) return this.renderEmpty();
    const id = this.#id;
    const ui = this.uiLang;
    return html`<section
      class=${context.vertical ? 'vertical interview' : 'interview'}
      part="interview"
      lang=${context.lang}
    >
      ${
        list.length > 1
          ? html`<nav part="interviews" aria-label=${msg('访谈列表', { id: 'interview.list' })} lang=${ui}>
              <ul class="interviews">
                ${list.map(
                  (i) =>
                    html`<li>
                      <button
                        type="button"
                        aria-current=${i === current ? 'true' : 'false'}
                        aria-controls="${id}-detail"
                        @click=${() => this.#select(i.id)}
                      >
                        ${controlLabel(
                          html`<span class="badge ${i.state}" lang=${ui}>${this.#stateLabel(i.state)}</span>
                            ${this.renderText(i.title, i.language)}`,
                        )}
                      </button>
                    </li>`,
                )}
              </ul>
            </nav>`
          : nothing
      }
      <article class="detail" id="${id}-detail" aria-labelledby="${id}-title">
        <p class="badge ${current.state}" part="state" lang=${ui}>${this.#stateLabel(current.state)}</p>
        <h2 id="${id}-title" tabindex="-1">${this.renderText(current.title, current.language)}</h2>
        <p class="when" lang=${ui}>
          ${msg(str`访谈时间：${this.formatDate(current.scheduledAt, { style: 'long' })} ${this.#time(current.scheduledAt, context)}`, { id: 'interview.scheduled' })}
        </p>
        <section aria-labelledby="${id}-guests">
          <h3 id="${id}-guests" lang=${ui}>${msg('访谈嘉宾', { id: 'interview.guests' })}</h3>
          <ul class="guests" part="guests">
            ${current.guests.map((g) => html`<li>${this.renderText(g.name, context.language)} <span class="guest-title">${this.renderText(g.title, context.language)}</span></li>`)}
          </ul>
        </section>
        <section aria-labelledby="${id}-summary">
          <h3 id="${id}-summary" lang=${ui}>${msg('访谈简介', { id: 'interview.summary' })}</h3>
          <p>${this.renderText(current.summary, current.language)}</p>
        </section>
        ${
          current.videoUrl && current.state !== 'preview'
            ? html`<video
                part="video"
                controls
                preload="none"
                src=${safeHref(current.videoUrl)}
                aria-label=${msg('访谈视频', { id: 'interview.video' })}
              ></video>`
            : nothing
        }
        ${
          current.state === 'preview'
            ? html`<p class="notice" lang=${ui}>
                ${msg('访谈尚未开始，开始后将在此直播并显示文字实录。', { id: 'interview.not-started' })}
              </p>`
            : html`<section aria-labelledby="${id}-transcript">
                <h3 id="${id}-transcript" lang=${ui}>${msg('文字实录', { id: 'interview.transcript' })}</h3>
                ${
                  current.transcript.length === 0
                    ? html`<p lang=${ui}>${msg('文字实录即将更新', { id: 'interview.transcript-pending' })}</p>`
                    : nothing
                }
                <ol
                  class="transcript"
                  part="transcript"
                  aria-live=${current.state === 'live' ? 'polite' : 'off'}
                  aria-relevant="additions"
                >
                  ${current.transcript.map(
                    (u) =>
                      html`<li part="utterance">
                        <span class="speaker">${this.renderText(u.speaker, context.language)}</span
                        >${u.at ? html`<time datetime=${u.at}>${this.#time(u.at, context)}</time>` : nothing}
                        <p class="words">${this.renderText(u.text, context.language)}</p>
                      </li>`,
                  )}
                </ol>
              </section>`
        }
      </article>
    </section>`;
  }
}
