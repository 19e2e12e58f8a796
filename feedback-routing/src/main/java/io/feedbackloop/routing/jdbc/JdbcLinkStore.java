package io.feedbackloop.routing.jdbc;

import static io.feedbackloop.routing.internal.jdbc.JdbcSupport.getInstant;
import static io.feedbackloop.routing.internal.jdbc.JdbcSupport.requireInstant;
import static io.feedbackloop.routing.internal.jdbc.JdbcSupport.setInstant;

import io.feedbackloop.core.TenantId;
import io.feedbackloop.core.response.RespondentId;
import io.feedbackloop.core.tx.UnitOfWork;
import io.feedbackloop.routing.internal.jdbc.JdbcSupport;
import io.feedbackloop.routing.internal.rules.Checks;
import io.feedbackloop.routing.link.LinkRecord;
import io.feedbackloop.routing.link.LinkStore;
import io.feedbackloop.routing.link.PublicLinkRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link LinkStore} on a relational database through plain JDBC; tested on PostgreSQL and on H2
 * in PostgreSQL mode.
 *
 * <p><b>Schema.</b> The tables {@code <prefix>links}, {@code <prefix>public_links} and {@code
 * <prefix>public_link_visits} come from {@link RoutingMigrations#all()} ({@code V3__links.sql}),
 * applied by the core's {@code SchemaMigrator} or the host's tool; the store never creates them.
 * Only token hashes are stored.
 *
 * <p><b>Transactions.</b> Every call runs through the store's {@link UnitOfWork}, joining a
 * transaction the caller has open in it. Inserts use {@code INSERT ... ON CONFLICT DO NOTHING}, so
 * they never raise a unique violation that would abort a host's PostgreSQL transaction. {@link
 * #markUsed} is one conditional {@code UPDATE}: under READ COMMITTED a racing second update waits
 * for the first to commit, re-checks {@code used_at is null} and changes nothing.
 *
 * <p>Thread-safe; holds no lock of its own.
 */
public final class JdbcLinkStore implements LinkStore {
  private static final String LINK_COLUMNS =
      "tenant_id, token_hash, survey_id, respondent_id, invitation_id, expires_at, used_at";

  private final UnitOfWork unitOfWork;
  private final String prefix;
  private final String links;
  private final String publicLinks;
  private final String visits;

  private JdbcLinkStore(UnitOfWork unitOfWork, String prefix) {
    this.unitOfWork = unitOfWork;
    this.prefix = prefix;
    this.links = prefix + "links";
    this.publicLinks = prefix + "public_links";
    this.visits = prefix + "public_link_visits";
  }

  /** Starts a store; needs a {@link Builder#unitOfWork} or a {@link Builder#dataSource}. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  public boolean add(LinkRecord link) {
    Checks.notNull("link", link);
    return run(
        "insert into",
        links,
        con -> {
          try (PreparedStatement ps =
              con.prepareStatement(
                  "insert into "
                      + links
                      + " ("
                      + LINK_COLUMNS
                      + ") values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
            ps.setString(1, link.tenant().value());
            ps.setString(2, link.tokenHash());
            ps.setString(3, link.surveyId());
            ps.setString(4, link.respondent().value());
            ps.setString(5, link.invitationId());
            setInstant(ps, 6, link.expiresAt());
            setInstant(ps, 7, link.usedAt());
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public Optional<LinkRecord> find(String tokenHash) {
    Checks.notNull("tokenHash", tokenHash);
    return run(
        "select from",
        links,
        con -> {
          try (PreparedStatement ps =
              con.prepareStatement(
                  "select " + LINK_COLUMNS + " from " + links + " where token_hash = ?")) {
            ps.setString(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new LinkRecord(
                      TenantId.of(rs.getString(1)),
                      rs.getString(2),
                      rs.getString(3),
                      RespondentId.of(rs.getString(4)),
                      rs.getString(5),
                      requireInstant(rs, 6),
                      getInstant(rs, 7)));
            }
          }
        });
  }

  @Override
  public boolean markUsed(String tokenHash, Instant at) {
    Checks.notNull("tokenHash", tokenHash);
    Checks.notNull("at", at);
    return run(
        "update",
        links,
        con -> {
          try (PreparedStatement ps =
              con.prepareStatement(
                  "update "
                      + links
                      + " set used_at = ? where token_hash = ? and used_at is null"
                      + " and expires_at > ?")) {
            setInstant(ps, 1, at);
            ps.setString(2, tokenHash);
            setInstant(ps, 3, at);
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public boolean addPublic(PublicLinkRecord link) {
    Checks.notNull("link", link);
    return run(
        "insert into",
        publicLinks,
        con -> {
          try (PreparedStatement ps =
              con.prepareStatement(
                  "insert into "
                      + publicLinks
                      + " (tenant_id, token_hash, survey_id, created_at) values (?, ?, ?, ?)"
                      + " on conflict do nothing")) {
            ps.setString(1, link.tenant().value());
            ps.setString(2, link.tokenHash());
            ps.setString(3, link.surveyId());
            setInstant(ps, 4, link.createdAt());
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public Optional<PublicLinkRecord> findPublic(String tokenHash) {
    Checks.notNull("tokenHash", tokenHash);
    return run(
        "select from",
        publicLinks,
        con -> {
          try (PreparedStatement ps =
              con.prepareStatement(
                  "select tenant_id, token_hash, survey_id, created_at from "
                      + publicLinks
                      + " where token_hash = ?")) {
            ps.setString(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new PublicLinkRecord(
                      TenantId.of(rs.getString(1)),
                      rs.getString(2),
                      rs.getString(3),
                      requireInstant(rs, 4)));
            }
          }
        });
  }

  @Override
  public boolean recordVisit(
      TenantId tenant, String linkHash, String visitorHash, Instant at, Duration window) {
    Checks.notNull("tenant", tenant);
    Checks.notNull("linkHash", linkHash);
    Checks.notNull("visitorHash", visitorHash);
    Checks.notNull("at", at);
    Checks.notNull("window", window);
    return run(
        "record visit in",
        visits,
        con -> {
          try (PreparedStatement ps =
              con.prepareStatement(
                  "insert into "
                      + visits
                      + " (tenant_id, link_hash, visitor_hash, last_at) values (?, ?, ?, ?)"
                      + " on conflict do nothing")) {
            ps.setString(1, tenant.value());
            ps.setString(2, linkHash);
            ps.setString(3, visitorHash);
            setInstant(ps, 4, at);
            if (ps.executeUpdate() == 1) {
              return true;
            }
          }
          // the visitor was here before: count it again only if that was outside the window; a
          // racing request waits for our row lock and then sees our new last_at
          try (PreparedStatement ps =
              con.prepareStatement(
                  "update "
                      + visits
                      + " set last_at = ? where tenant_id = ? and link_hash = ? and visitor_hash = ?"
                      + " and last_at <= ?")) {
            setInstant(ps, 1, at);
            ps.setString(2, tenant.value());
            ps.setString(3, linkHash);
            ps.setString(4, visitorHash);
            setInstant(ps, 5, at.minus(window));
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public int purge(Instant cutoff) {
    Checks.notNull("cutoff", cutoff);
    return run(
        "purge",
        links + " and " + visits,
        con -> {
          int n;
          try (PreparedStatement ps =
              con.prepareStatement("delete from " + links + " where expires_at < ?")) {
            setInstant(ps, 1, cutoff);
            n = ps.executeUpdate();
          }
          try (PreparedStatement ps =
              con.prepareStatement("delete from " + visits + " where last_at < ?")) {
            setInstant(ps, 1, cutoff);
            return n + ps.executeUpdate();
          }
        });
  }

  private interface SqlWork<T> {
    T run(Connection con) throws SQLException;
  }

  private <T> T run(String operation, String table, SqlWork<T> work) {
    return unitOfWork.inTransaction(
        tx -> {
          try {
            return work.run(tx.connection());
          } catch (SQLException e) {
            throw JdbcSupport.failure(operation, table, prefix, e);
          }
        });
  }

  @Override
  public String toString() {
    return "JdbcLinkStore[" + links + ", " + unitOfWork + "]";
  }

  /** Builds a {@link JdbcLinkStore}. Not thread-safe. */
  public static final class Builder {
    private @Nullable UnitOfWork unitOfWork;
    private @Nullable DataSource dataSource;
    private String prefix = JdbcSupport.DEFAULT_PREFIX;

    private Builder() {}

    /** Sets the unit of work every call runs through (set this or {@link #dataSource}). */
    public Builder unitOfWork(UnitOfWork unitOfWork) {
      this.unitOfWork = Checks.notNull("unitOfWork", unitOfWork);
      return this;
    }

    /** Shortcut for {@code unitOfWork(UnitOfWork.jdbc(dataSource))}. */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Checks.notNull("dataSource", dataSource);
      return this;
    }

    /**
     * Sets the table-name prefix, default {@code fl_}; it must match the one the schema was
     * migrated with.
     *
     * @throws IllegalArgumentException if it is not a lower-case letter followed by up to 20
     *     lower-case letters, digits or '_'
     */
    public Builder tablePrefix(String prefix) {
      this.prefix = JdbcSupport.prefix(prefix);
      return this;
    }

    /**
     * Builds the store. Does not touch the database.
     *
     * @throws IllegalStateException unless exactly one of a unit of work and a data source is set
     */
    public JdbcLinkStore build() {
      return new JdbcLinkStore(JdbcSupport.unitOfWork("JdbcLinkStore", unitOfWork, dataSource), prefix);
    }
  }
}
