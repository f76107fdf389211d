import { define } from './base/define.js';
import { PlanBoard } from './components/plan-board/plan-board.component.js';

export { PlanBoard };
export type { AgreementSelectDetail, PlanBoardMode, PlanBoardGroupBy } from './components/plan-board/plan-board.component.js';
define('plan-board', PlanBoard);

declare global {
  interface HTMLElementTagNameMap {
    'plan-board': PlanBoard;
  }
}
