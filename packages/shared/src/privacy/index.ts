export { findClientIdentifiers, privacyWarningKinds } from './find-client-identifiers';
export { passesElevenTest } from './bsn';
export {
  CONFIRMABLE_PRIVACY_KINDS,
  PRIVACY_KINDS,
  privacySeverity,
  type PrivacySeverity,
  type PrivacyCheckOptions,
  type PrivacyFinding,
  type PrivacyKind,
} from './privacy-finding';
export {
  personalDataConfirmation,
  personalDataFindingSchema,
  personalDataRefusalDetailsSchema,
  type PersonalDataFinding,
  type PersonalDataRefusalDetails,
} from './personal-data-confirmation';
