/** What the routing JDBC stores share: SQL failure translation, table prefixes, instants. */
@NullMarked
package io.feedbackloop.routing.internal.jdbc;

import org.jspecify.annotations.NullMarked;
