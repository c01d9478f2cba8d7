/**
 * Contact sources, after the DfE children in need census referral-source categories. Kept apart from
 * the schema so that the model (and every worker thread) can use them without loading the
 * validation library.
 */
export const CONTACT_SOURCES = ['police', 'school', 'health', 'localAuthority', 'family', 'anonymous', 'other'] as const;

/** One contact source. */
export type ContactSource = (typeof CONTACT_SOURCES)[number];
