/**
 * Teams and the assignment of cases to owners: {@link io.feedbackloop.routing.assign.Team}s with
 * members, a lead and a manager; {@link io.feedbackloop.routing.assign.AssignmentStrategy} (round
 * robin, least loaded, by attribute, sticky account owner, or your own); {@link
 * io.feedbackloop.routing.assign.Availability} (out of office) and {@link
 * io.feedbackloop.routing.assign.Workload} (open cases) as plug-ins; and the {@link
 * io.feedbackloop.routing.assign.Assigner} that combines them and explains each choice.
 */
@NullMarked
package io.feedbackloop.routing.assign;

import org.jspecify.annotations.NullMarked;
