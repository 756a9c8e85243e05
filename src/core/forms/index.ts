// Findings forms: templates (data), the registry, validation and the child-identifier check.
export * from './template';
export { validateTemplate } from './templateCheck';
export {
  frontline2025,
  FRONTLINE_2025_ID,
  FRONTLINE_2025_QUESTION_IDS,
  FRONTLINE_2025_TEMPLATE
} from './frontline2025';
export { SIGNS_OF_SAFETY_2018_ID, SIGNS_OF_SAFETY_2018_TEMPLATE, SOS_COLUMNS, SOS_ROWS } from './signsOfSafety2018';
export * from './registry';
export * from './validation';
export * from './childIdentifiers';
