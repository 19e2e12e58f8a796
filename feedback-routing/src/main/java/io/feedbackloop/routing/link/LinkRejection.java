package io.feedbackloop.routing.link;

/**
 * Why a link was refused, for logs and metrics only: the caller of {@link SurveyLinks} always gets
 * the same {@link InvalidLinkException}, so that a visitor cannot tell an unknown token from a used
 * one.
 */
public enum LinkRejection {
  /** Not of any token form (wrong length, characters, parts). */
  MALFORMED,
  /** Of the opaque form, but no link with that hash is stored. */
  UNKNOWN,
  /** Authentic, but past its expiry. */
  EXPIRED,
  /** Authentic, but already redeemed. */
  USED,
  /** A signed token whose MAC does not match: tampered or forged. */
  BAD_SIGNATURE,
  /** A signed token whose key id is not in the key ring (never was, or was removed). */
  UNKNOWN_KEY
}
