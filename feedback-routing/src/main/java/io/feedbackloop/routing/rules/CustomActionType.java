package io.feedbackloop.routing.rules;

import io.feedbackloop.routing.internal.rules.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plug-in for {@link Action.Custom} actions: a type the host knows how to execute. The engine
 * refuses custom actions of unregistered types and validates their parameters when it is built, so
 * a typo in a rule file fails at load time, not when the first customer answers. Executing custom
 * actions belongs to the delivery part of this module.
 *
 * <p>Implementations must be thread-safe and must not throw: they report problems instead.
 */
public interface CustomActionType {

  /** The type name used in {@link Action.Custom#type()}. */
  String type();

  /**
   * The problems of these parameters, as readable sentences; empty when they are fine. The default
   * accepts every parameter.
   */
  default List<String> validate(Map<String, String> parameters) {
    return List.of();
  }

  /** A type that accepts any parameters. */
  static CustomActionType named(String type) {
    String t = Checks.identifier("type", type);
    return () -> t;
  }

  /** A type that requires these parameters and accepts no others. */
  static CustomActionType withParameters(String type, String... parameters) {
    String t = Checks.identifier("type", type);
    List<String> names = List.of(parameters);
    return new CustomActionType() {
      @Override
      public String type() {
        return t;
      }

      @Override
      public List<String> validate(Map<String, String> given) {
        List<String> problems = new ArrayList<>();
        for (String n : names) {
          if (!given.containsKey(n)) {
            problems.add("custom action '" + t + "' needs the parameter '" + n + "'");
          }
        }
        for (String n : given.keySet()) {
          if (!names.contains(n)) {
            problems.add(
                "custom action '" + t + "' has no parameter '" + n + "' (known: " + names + ")");
          }
        }
        return problems;
      }
    };
  }
}
