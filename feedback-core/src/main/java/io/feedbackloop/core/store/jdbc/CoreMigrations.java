package io.feedbackloop.core.store.jdbc;

/** The migration scripts of the {@code core} module: the response store's tables. */
public final class CoreMigrations {
  /** The module name under which the core scripts are recorded. */
  public static final String MODULE = "core";

  private static final String DIR = "io/feedbackloop/core/store/jdbc/core/";

  private CoreMigrations() {}

  /**
   * All scripts of the core module, in version order: {@code V1__responses.sql} creates the
   * responses and their attributes, {@code V2__responses_retention.sql} indexes the submission
   * time for retention.
   */
  public static Migrations all() {
    ClassLoader loader = CoreMigrations.class.getClassLoader();
    return Migrations.builder(MODULE)
        .classpathScript(loader, DIR + "V1__responses.sql")
        .classpathScript(loader, DIR + "V2__responses_retention.sql")
        .build();
  }
}
