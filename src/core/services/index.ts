// Application services: the use cases web parts, the bot and jobs call, over the ports only.
export * from './submitFindings';
export * from './booking';
export * from './errors';
export { mergeGrants, readers } from '../ports/sharing';
export type { FindingsSharing, ShareGrant, ShareRole } from '../ports/sharing';
export type { TemplateSource } from './common';
export * from './headOfService';
export * from './briefing';
export * from './councillorReply';
export * from './findingsAccess';
export * from './completeSubmission';
export * from './delegation';
