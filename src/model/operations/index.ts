/**
 * Pure operations: each takes a document and returns `{ doc, change }` with a new document;
 * the input is never mutated. Unknown ids and impossible edits throw `OperationError`.
 */
export { OperationError, createId, idInUse, type New } from './shared.js';
export { addPerson, updatePerson, removePerson } from './people.js';
export {
  addTie,
  updateTie,
  removeTie,
  addEmotionalRelation,
  updateEmotionalRelation,
  removeEmotionalRelation,
} from './ties.js';
export {
  addUnion,
  updateUnion,
  addUnionEvent,
  removeUnion,
  addChild,
  updateChild,
  removeChild,
  setHousehold,
  removeHousehold,
} from './family.js';
export {
  addQuestion,
  updateQuestion,
  moveQuestion,
  removeQuestion,
  addAgreement,
  updateAgreement,
  moveAgreement,
  removeAgreement,
  type RemoveAgreementOptions,
  addCondition,
  updateCondition,
  removeCondition,
  setCoreTeam,
  addMeeting,
  updateMeeting,
  removeMeeting,
  updatePlan,
} from './plan.js';
export {
  addStrategy,
  updateStrategy,
  removeStrategy,
  unlinkAgreement,
  strategiesForAgreement,
  agreementForStrategy,
  dismissSuggestion,
  restoreSuggestion,
  type RemoveStrategyOptions,
} from './strategies.js';
export { setNodeHint, setOrder } from './layout-hints.js';
export { updateDocument } from './document.js';
