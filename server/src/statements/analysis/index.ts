export { analyseConversation } from './analyse-conversation';
export type * from './analysis.types';
export { DEFAULT_THRESHOLDS, type AnalysisThresholds } from './thresholds';
