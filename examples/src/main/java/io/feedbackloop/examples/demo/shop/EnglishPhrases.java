package io.feedbackloop.examples.demo.shop;

import java.util.List;
import java.util.Map;

/** English comments. */
final class EnglishPhrases {
  private EnglishPhrases() {}

  static final Phrases PHRASES =
      new Phrases(
          "en",
          Map.of(
              "delivery",
              List.of(
                  "the parcel arrived {n} days late",
                  "delivery took forever, really bad",
                  "the courier left the box outside in the rain and it got wet, awful",
                  "{carrier} delivered late again, so annoying",
                  "my package was delayed [twice|for a whole week] and nobody knew why"),
              "price",
              List.of(
                  "way too expensive for what you get",
                  "the prices went up again, disappointing",
                  "the shipping costs are ridiculous",
                  "overpriced compared to other shops"),
              "product_quality",
              List.of(
                  "the product broke after {n} days",
                  "poor quality, the fabric feels cheap",
                  "wrong size and the material is flimsy",
                  "the item stopped working after a week"),
              "customer_service",
              List.of(
                  "customer service was rude and unhelpful",
                  "I waited {n} days for an answer from support, unacceptable",
                  "the support agent in the chat was useless",
                  "terrible service on the phone"),
              "website_app",
              List.of(
                  "the website kept crashing at checkout",
                  "the app is slow and buggy",
                  "I could not log in to my account, so annoying",
                  "the search function on the site is useless"),
              "returns_refunds",
              List.of(
                  "still waiting for my refund after {n} weeks, ridiculous",
                  "returning the item was a real hassle",
                  "the return label did not work, frustrating",
                  "the refund was wrong and I had to chase it"),
              "payment",
              List.of(
                  "I was charged twice for one order, really frustrating",
                  "my card payment failed {n} times, which is really annoying",
                  "the invoice had the wrong amount",
                  "paying with PayPal did not work"),
              "communication",
              List.of(
                  "I never got a confirmation email, poor communication",
                  "nobody informed me about the delay",
                  "far too many emails and texts, annoying",
                  "the tracking messages were confusing")),
          Map.of(
              "delivery",
              List.of(
                  "the delivery was super fast",
                  "the parcel arrived a day early",
                  "quick shipping and a friendly courier",
                  "my package came on time, great",
                  "{carrier} delivered it the next day, which was excellent"),
              "price",
              List.of(
                  "great value for money",
                  "fair prices and good discounts",
                  "cheaper than anywhere else, great deal",
                  "the sale prices were really good"),
              "product_quality",
              List.of(
                  "the quality is excellent",
                  "great product, works perfectly",
                  "the jacket fits perfectly and the material feels solid",
                  "really good quality"),
              "customer_service",
              List.of(
                  "customer service was friendly and helpful",
                  "the support team sorted it out within an hour, great",
                  "very polite staff on the phone",
                  "the agent in the chat was super helpful"),
              "website_app",
              List.of(
                  "the website is easy to use",
                  "the app is fast and intuitive",
                  "the checkout was quick and smooth"),
              "returns_refunds",
              List.of(
                  "the return was easy and the refund came fast",
                  "it was painless to exchange it for another size",
                  "got my money back within {n} days, great"),
              "payment",
              List.of(
                  "it was easy to pay with Klarna",
                  "the payment went through smoothly and it was fast",
                  "great that I can pay by invoice"),
              "communication",
              List.of(
                  "I got clear emails at every step",
                  "great communication, I always knew the status",
                  "the text message updates were really helpful")),
          List.of(
              "Really bad experience this time.",
              "Disappointing overall, I expected a lot more from you.",
              "Not impressed at all."),
          List.of(
              "Everything was perfect, thank you!",
              "Very happy, will buy again.",
              "Great experience as always."),
          List.of("", "", "Honestly, ", "Well, "),
          List.of("", "", "Honestly, ", "Wow, "),
          List.of(", and ", ". Also, ", ", plus "),
          List.of("", " Not happy.", " Really disappointed.", " Please fix this."),
          List.of("", " Thanks!", " Will order again.", " Keep it up!"));
}
