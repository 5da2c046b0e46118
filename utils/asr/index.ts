// Public API of the a.s.r. form filler (pure/DOM part; the content script wires messaging).
export type { AsrFieldKey, FieldReport, FillOptions, FillReport, FillStatus, FillValues } from './types';
export { isAsrOrigin } from './origin';
export { collectFields, type CollectedField, type ControlKind, type ChoiceOption } from './collect';
export type { LabelCandidate } from './candidates';
export * from './keys';
export { planFill, formPresent, sameValue, classifyVerloning, classifyYesNo, type FillPlan, type PlanEntry, type PlanAction } from './plan';
export {
  fillDocument,
  fillAsrDocument,
  findFormDocument,
  waitForForm,
  waitFor,
  executeAction,
  setTextValue,
  selectOption,
  guardedClick,
  highlight,
  findAddRowButton,
} from './fill';
