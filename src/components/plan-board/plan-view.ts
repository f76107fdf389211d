/**
 * What the board, its print view and its presentation share to show a plan in words: names
 * with markers, dates in the reader's language, status names, and the labels for the pure
 * text and calendar exports. One place, so every view says the same thing the same way.
 */
import type { AgreementStatus, CareNetwork, Id, PartialDate, Person, StrategyKind } from '../../model/types.js';
import type { PlanTextLabels } from '../../io/plan-text.js';
import type { PlanCalendarLabels } from '../../io/ics.js';
import { formatPartialDate } from '../../io/plan-text.js';
import type { MessageParams } from '../../i18n/catalog.js';
import { commonMessages } from '../../i18n/catalogs/common.js';
import { planBoardMessages, type PlanBoardKey } from '../../i18n/catalogs/plan-board.js';
import type { LocaleController } from '../../i18n/locale-controller.js';

/** Status marks: meaning never rests on colour alone. */
/** Someone who can carry an agreement or sit in the core team: not deceased, not a pregnancy. */
export function canTakePart(p: Person): boolean {
  return !p.deceased && !p.death && !p.pregnancy;
}

export const STATUS_ICONS: Record<AgreementStatus, string> = {
  'not-started': '○',
  'in-progress': '◐',
  done: '✓',
  paused: '‖',
  stopped: '✕',
};

export class PlanView {
  private readonly people: Map<Id, Person>;

  constructor(
    readonly doc: CareNetwork,
    private readonly i18n: LocaleController,
  ) {
    this.people = new Map(doc.people.map((p) => [p.id, p]));
  }

  get locale(): string {
    return this.i18n.locale;
  }

  t(key: PlanBoardKey, params?: MessageParams): string {
    return this.i18n.t(planBoardMessages, key, params);
  }

  commonSave(): string {
    return this.i18n.t(commonMessages, 'save');
  }

  commonCancel(): string {
    return this.i18n.t(commonMessages, 'cancel');
  }

  person(id: Id): Person | undefined {
    return this.people.get(id);
  }

  /** The name as written, or "No name" (never an empty string on screen). */
  name(id: Id): string {
    const p = this.people.get(id);
    return p?.name.trim() || this.i18n.t(commonMessages, 'unnamed');
  }

  /** "(client)" or "(professional)" after a name, or nothing. */
  marker(id: Id): string {
    if (id === this.doc.egoId) return this.t('client');
    return this.people.get(id)?.professional ? this.t('professional') : '';
  }

  date(date: PartialDate): string {
    return formatPartialDate(date, this.locale);
  }

  status(status: AgreementStatus): string {
    return STATUS_ICONS[status] ? this.t(`status.${status}` as PlanBoardKey) : String(status);
  }

  strategy(kind: StrategyKind): string {
    return this.t(`strategy.${kind}` as PlanBoardKey);
  }

  clientName(): string {
    return this.people.get(this.doc.egoId)?.name.trim() ?? '';
  }

  title(): string {
    const name = this.clientName();
    return name ? this.t('planTitle', { name }) : this.t('planTitleNoName');
  }

  textLabels(): PlanTextLabels {
    const statuses = {} as Record<AgreementStatus, string>;
    for (const s of Object.keys(STATUS_ICONS) as AgreementStatus[]) statuses[s] = this.status(s);
    return {
      title: this.t('planTitle'),
      personalTitle: this.t('personalTitle'),
      conditions: this.t('conditions'),
      agency: this.t('agency'),
      meaning: this.t('meaning'),
      noQuestions: this.t('noQuestionsReadonly'),
      noAgreements: this.t('noAgreements'),
      who: this.t('who'),
      where: this.t('where'),
      when: this.t('when'),
      how: this.t('how'),
      status: this.t('status'),
      review: this.t('reviewDate'),
      notes: this.t('notes'),
      condition: this.t('condition'),
      coreTeam: this.t('coreTeam'),
      chair: this.t('chair'),
      meetings: this.t('meetings'),
      goesWell: this.t('goesWell'),
      needsAttention: this.t('needsAttention'),
      planChanges: this.t('planChanges'),
      nextReview: this.t('nextReview'),
      professional: this.t('professional'),
      client: this.t('client'),
      unnamed: this.i18n.t(commonMessages, 'unnamed'),
      until: this.t('until'),
      statuses,
    };
  }

  calendarLabels(): PlanCalendarLabels {
    return {
      planReview: this.t('calPlanReview'),
      agreementReview: this.t('calAgreementReview'),
      meeting: this.t('calMeeting'),
      who: this.t('who'),
      goesWell: this.t('goesWell'),
      needsAttention: this.t('needsAttention'),
      planChanges: this.t('planChanges'),
      unnamed: this.i18n.t(commonMessages, 'unnamed'),
    };
  }
}
