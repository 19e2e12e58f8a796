package io.feedbackloop.core.store;

import io.feedbackloop.core.internal.Args;
import java.util.List;
import java.util.Optional;

/**
 * One page of a keyset-paginated query.
 *
 * @param items the items, in query order; at most the page size
 * @param next the opaque token to pass as {@code after} for the next page; empty on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Optional<String> next) {

  /** Creates a page; the items are copied. */
  public Page {
    items = List.copyOf(Args.notNull("items", items));
    Args.notNull("next", next);
  }

  /** Tells whether there is a next page. */
  public boolean hasNext() {
    return next.isPresent();
  }
}
