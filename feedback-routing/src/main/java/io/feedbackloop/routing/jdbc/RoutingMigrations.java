package io.feedbackloop.routing.jdbc;

import io.feedbackloop.core.store.jdbc.Migrations;

/**
 * The migration scripts of the {@code routing} module: the outbox, invitations, links,
 * suppressions, cases, escalations and re-surveys.
 */
public final class RoutingMigrations {
  /** The module name under which the routing scripts are recorded. */
  public static final String MODULE = "routing";

  private static final String DIR = "io/feedbackloop/routing/jdbc/";

  private RoutingMigrations() {}

  /**
   * All scripts of the routing module, in version order: {@code V1__outbox.sql} creates the
   * outbox, {@code V2__invitations.sql} the invitations and contact history, {@code V3__links.sql}
   * the survey links and the suppression list, {@code V4__cases.sql} the follow-up cases, {@code
   * V5__case_escalations.sql} their SLA schedules and fired escalation steps, {@code
   * V6__case_resurveys.sql} the re-surveys of closed cases, {@code V7__privacy_retention.sql} the
   * outbox's respondent column and the indexes for erasure, retention and health.
   */
  public static Migrations all() {
    ClassLoader loader = RoutingMigrations.class.getClassLoader();
    return Migrations.builder(MODULE)
        .classpathScript(loader, DIR + "V1__outbox.sql")
        .classpathScript(loader, DIR + "V2__invitations.sql")
        .classpathScript(loader, DIR + "V3__links.sql")
        .classpathScript(loader, DIR + "V4__cases.sql")
        .classpathScript(loader, DIR + "V5__case_escalations.sql")
        .classpathScript(loader, DIR + "V6__case_resurveys.sql")
        .classpathScript(loader, DIR + "V7__privacy_retention.sql")
        .build();
  }
}
