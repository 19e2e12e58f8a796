package io.feedbackloop.scoring.internal.insight;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An append-only list of ids whose {@link #snapshot() snapshots} share the backing array: the
 * events of one episode each see a longer prefix of the same ids, so a spike of {@code n} mentions
 * costs {@code O(n)} memory for its ids instead of {@code O(n²)} for {@code n} copied lists.
 *
 * <p>Sharing is safe because a slot, once written, is never written again, and a snapshot only
 * reads the slots below its own size. Appending is not thread-safe (the owner synchronizes);
 * snapshots are immutable and may be read from any thread.
 */
public final class IdList {
  private String[] ids = new String[8];
  private int size;

  /** The number of ids appended. */
  public int size() {
    return size;
  }

  /** Appends one id. */
  public void add(String id) {
    Objects.requireNonNull(id, "id");
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, ids.length * 2);
    }
    ids[size++] = id;
  }

  /** An immutable view of the ids appended so far. */
  public List<String> snapshot() {
    return new Snapshot(ids, size);
  }

  /** Tells whether {@code list} is a snapshot, which needs no defensive copy. */
  public static boolean isSnapshot(List<String> list) {
    return list instanceof Snapshot;
  }

  /** An unmodifiable prefix of a backing array whose prefix never changes. */
  private static final class Snapshot extends AbstractList<String> implements RandomAccess {
    private final String[] ids;
    private final int size;

    Snapshot(String[] ids, int size) {
      this.ids = ids;
      this.size = size;
    }

    @Override
    public String get(int index) {
      Objects.checkIndex(index, size);
      return ids[index];
    }

    @Override
    public int size() {
      return size;
    }
  }
}
