package io.feedbackloop.routing.assign;

import io.feedbackloop.routing.internal.rules.Checks;

/**
 * A person who can own cases, by id (the host's user id; 1-64 letters, digits, '.', '_', '-'). Ids
 * only: names and addresses stay in the host's directory.
 *
 * @param id the id
 */
public record Member(String id) {
  /**
   * Creates a member.
   *
   * @throws IllegalArgumentException if the id is not of the documented form
   */
  public Member {
    Checks.identifier("member id", id);
  }

  /** The member with this id. */
  public static Member of(String id) {
    return new Member(id);
  }

  @Override
  public String toString() {
    return id;
  }
}
