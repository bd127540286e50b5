export { findClientIdentifiers, privacyWarningKinds } from './find-client-identifiers';
export { passesElevenTest } from './bsn';
export { PRIVACY_KINDS, type PrivacyCheckOptions, type PrivacyFinding, type PrivacyKind } from './privacy-finding';
