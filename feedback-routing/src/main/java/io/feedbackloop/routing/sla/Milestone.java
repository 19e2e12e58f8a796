package io.feedbackloop.routing.sla;

/** The two targets of an SLA, each with its own clock. */
public enum Milestone {
  /** The first contact with the customer (the first response of the owner). */
  FIRST_CONTACT,
  /** The resolution of the case. */
  RESOLUTION
}
