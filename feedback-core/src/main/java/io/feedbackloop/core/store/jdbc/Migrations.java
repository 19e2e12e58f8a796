package io.feedbackloop.core.store.jdbc;

import io.feedbackloop.core.internal.Args;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ordered migration scripts of one module (core, routing, ...), for {@link SchemaMigrator}.
 * Immutable and thread-safe. Versions are strictly increasing; a released script never changes, a
 * schema change is a new version.
 */
public final class Migrations {
  private static final Pattern FILE_NAME = Pattern.compile("V([1-9][0-9]{0,8})__([A-Za-z0-9_]+)\\.sql");

  private final String module;
  private final List<MigrationScript> scripts;

  private Migrations(String module, List<MigrationScript> scripts) {
    this.module = module;
    this.scripts = List.copyOf(scripts);
  }

  /**
   * Starts the migrations of {@code module}.
   *
   * @throws IllegalArgumentException if {@code module} is not an identifier
   */
  public static Builder builder(String module) {
    return new Builder(Args.identifier("module", module));
  }

  /** The module name. */
  public String module() {
    return module;
  }

  /** The scripts, in version order. */
  public List<MigrationScript> scripts() {
    return scripts;
  }

  @Override
  public String toString() {
    return "Migrations[" + module + ", " + scripts.size() + " scripts]";
  }

  /** Builds {@link Migrations}. Not thread-safe. */
  public static final class Builder {
    private final String module;
    private final List<MigrationScript> scripts = new ArrayList<>();

    private Builder(String module) {
      this.module = module;
    }

    /**
     * Adds a script.
     *
     * @throws IllegalArgumentException if the version is not greater than the previous script's, or
     *     a part is invalid (see {@link MigrationScript})
     */
    public Builder script(int version, String description, String sql) {
      if (!scripts.isEmpty()) {
        int last = scripts.get(scripts.size() - 1).version();
        Args.check(version > last, "version", "> " + last + " (the previous script's)", version);
      }
      scripts.add(new MigrationScript(module, version, description, sql));
      return this;
    }

    /**
     * Adds a script read as UTF-8 from a class-path resource named {@code V<version>__<description>.sql},
     * e.g. {@code com/example/db/V2__add_index.sql}.
     *
     * @param loader the class loader that sees the resource
     * @param resource the resource path, without a leading '/'
     * @throws IllegalArgumentException if the file name is not of that form or the resource is
     *     missing
     * @throws UncheckedIOException if it cannot be read
     */
    public Builder classpathScript(ClassLoader loader, String resource) {
      Args.notNull("loader", loader);
      Args.notNull("resource", resource);
      String fileName = resource.substring(resource.lastIndexOf('/') + 1);
      Matcher m = FILE_NAME.matcher(fileName);
      Args.check(
          m.matches(), "migration file name", "of the form V<version>__<description>.sql", fileName);
      String sql;
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException(
              "resource must exist on the class path, but was missing: " + resource);
        }
        sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("reading migration " + resource + " failed", e);
      }
      return script(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), sql);
    }

    /**
     * Builds the migrations.
     *
     * @throws IllegalArgumentException if no script was added
     */
    public Migrations build() {
      Args.check(!scripts.isEmpty(), "number of scripts of module " + module, ">= 1", 0);
      return new Migrations(module, scripts);
    }
  }
}
