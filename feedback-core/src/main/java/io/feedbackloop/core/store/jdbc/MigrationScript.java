package io.feedbackloop.core.store.jdbc;

import io.feedbackloop.core.internal.Args;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One numbered migration script of a module. The SQL may use the placeholder {@code ${prefix}} for
 * the table-name prefix; statements end with {@code ;}.
 *
 * @param module the module the script belongs to, e.g. {@code core}
 * @param version the version the script brings the module to, {@code >= 1}
 * @param description a short description, e.g. {@code responses}
 * @param sql the script, with placeholders
 */
public record MigrationScript(String module, int version, String description, String sql) {

  /** Creates a script, checking its parts. */
  public MigrationScript {
    Args.identifier("module", module);
    Args.positive("version", version);
    Args.notBlank("description", description);
    Args.check(description.length() <= 200, "description length", "<= 200", description.length());
    Args.notBlank("sql", sql);
  }

  /**
   * The SHA-256 of the script (placeholders unexpanded, line ends normalized to {@code \n}), in
   * lower-case hex. An applied script whose checksum changed is refused by {@link SchemaMigrator}.
   */
  public String checksum() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Module, version and description, e.g. {@code core V1 (responses)}; not the SQL. */
  @Override
  public String toString() {
    return module + " V" + version + " (" + description + ")";
  }
}
