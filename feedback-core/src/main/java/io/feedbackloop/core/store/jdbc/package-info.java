/**
 * The JDBC {@link io.feedbackloop.core.store.jdbc.JdbcResponseStore} and schema management.
 *
 * <p>Plain {@code java.sql}, tested on PostgreSQL and on H2 in PostgreSQL mode. The SDK never
 * creates tables on its own: run {@link io.feedbackloop.core.store.jdbc.SchemaMigrator} with the
 * modules' {@link io.feedbackloop.core.store.jdbc.Migrations} (for this module {@link
 * io.feedbackloop.core.store.jdbc.CoreMigrations#all()}), or feed the scripts from {@link
 * io.feedbackloop.core.store.jdbc.SchemaMigrator#render} to Flyway or Liquibase.
 */
@NullMarked
package io.feedbackloop.core.store.jdbc;

import org.jspecify.annotations.NullMarked;
