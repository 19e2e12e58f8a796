/**
 * The routing module's stores on a relational database through plain JDBC (tested on PostgreSQL
 * and on H2 in PostgreSQL mode), and their migration scripts ({@link
 * io.feedbackloop.routing.jdbc.RoutingMigrations}), applied by the core's {@link
 * io.feedbackloop.core.store.jdbc.SchemaMigrator} or the host's own tool.
 */
@NullMarked
package io.feedbackloop.routing.jdbc;

import org.jspecify.annotations.NullMarked;
