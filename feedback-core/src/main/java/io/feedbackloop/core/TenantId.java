package io.feedbackloop.core;

import io.feedbackloop.core.internal.Args;

/**
 * The tenant a stored thing belongs to. Every stored row, cache key, query and message carries one;
 * there is no "current tenant".
 *
 * <p>A tenant id is 1 to 64 characters of ASCII letters, digits, {@code '.'}, {@code '_'} or {@code
 * '-'}, starting with a letter or digit. Ids are case-sensitive.
 *
 * @param value the id, as given
 */
public record TenantId(String value) {

  /** Creates a tenant id, checking its form. */
  public TenantId {
    Args.identifier("tenant", value);
  }

  /**
   * Returns the tenant with the given id.
   *
   * @throws IllegalArgumentException if the id is not of the documented form
   */
  public static TenantId of(String value) {
    return new TenantId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
