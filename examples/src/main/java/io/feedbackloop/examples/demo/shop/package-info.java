/**
 * The simulated web shop behind the demo: customers, orders over eight weeks with one delivery
 * incident, and the behaviour of customers and staff (who answers a survey, with which score and
 * comment; when the owner of a case calls back and what they say; whether a re-surveyed customer
 * recovers).
 *
 * <p>Everything is deterministic from one seed: each order, case and re-survey draws from its own
 * {@link java.util.SplittableRandom} derived from the seed and the entity's id, so the results do
 * not depend on the order in which the models are asked. Nothing here depends on the feedback-loop
 * facade; the demo runner ties the simulation to it.
 *
 * <pre>{@code
 * ShopSimulation shop = ShopSimulation.of(42);
 * AnswerModel answers = AnswerModel.of(shop);
 * for (Order order : shop.orders()) {
 *   answers.postDelivery(order, order.deliveredAt().plus(Duration.ofHours(2)))
 *       .ifPresent(a -> submit(a.response()));
 * }
 * }</pre>
 */
@NullMarked
package io.feedbackloop.examples.demo.shop;

import org.jspecify.annotations.NullMarked;
