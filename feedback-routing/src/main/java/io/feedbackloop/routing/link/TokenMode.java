package io.feedbackloop.routing.link;

/** How {@link SurveyLinks} makes personal tokens. */
public enum TokenMode {
  /**
   * A random 256-bit token; the store keeps only its SHA-256 hash with the link's data. The
   * default: nothing in the token can be read or forged, and a link can be looked up and revoked.
   */
  OPAQUE,
  /**
   * A stateless token carrying tenant, survey, respondent, invitation, expiry and key id, signed
   * with HMAC-SHA256 by the current key of the {@link SigningKeys}. Nothing is stored at issue;
   * redeeming stores a used-token record keyed by the token's hash.
   */
  SIGNED
}
