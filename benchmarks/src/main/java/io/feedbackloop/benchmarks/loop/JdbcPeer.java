package io.feedbackloop.benchmarks.loop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * What a user writes instead of the SDK on PostgreSQL: Jackson data binding into {@link
 * PeerResponse}, then one transaction with a plain {@code INSERT} of the response row ({@code on
 * conflict do nothing} for idempotency) and an {@code INSERT} of one outbox row chosen by if/else
 * on the score. No validation, no case, no rules. Thread-safe (a connection per call).
 */
final class JdbcPeer {
  private static final ObjectReader READER = new ObjectMapper().readerFor(PeerResponse.class);

  private final DataSource dataSource;
  private final String insertResponse;
  private final String insertOutbox;

  private JdbcPeer(DataSource dataSource, String prefix) {
    this.dataSource = dataSource;
    this.insertResponse =
        "insert into " + prefix + "peer_response (tenant, id, survey_id, respondent, score,"
            + " submitted_at, body) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing";
    this.insertOutbox =
        "insert into " + prefix + "peer_outbox (tenant, channel, recipient, template,"
            + " idempotency_key, created_at) values (?, ?, ?, ?, ?, ?)";
  }

  /** Creates the two tables with {@code prefix} and returns the peer writing to them. */
  static JdbcPeer create(DataSource dataSource, String prefix) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "create table " + prefix + "peer_response (tenant varchar(64) not null,"
              + " id varchar(128) not null, survey_id varchar(64) not null,"
              + " respondent varchar(256), score int not null,"
              + " submitted_at timestamptz not null, body text not null,"
              + " primary key (tenant, id))");
      s.execute(
          "create table " + prefix + "peer_outbox (id bigserial primary key,"
              + " tenant varchar(64) not null, channel varchar(64) not null,"
              + " recipient varchar(256) not null, template varchar(64) not null,"
              + " idempotency_key varchar(256) not null unique,"
              + " created_at timestamptz not null)");
    } catch (SQLException e) {
      throw new IllegalStateException("creating the peer tables failed", e);
    }
    return new JdbcPeer(dataSource, prefix);
  }

  /**
   * Parses and stores one document with its outbox row, in one transaction.
   *
   * @return 1, or 0 for a replay (the id was stored before)
   */
  int submit(String json) {
    PeerResponse r;
    try {
      r = READER.readValue(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int score = r.npsScore();
    String who = r.respondent == null ? "anonymous" : r.respondent;
    String channel;
    String recipient;
    String template;
    if (score <= 6) {
      channel = "staff";
      recipient = "support";
      template = "detractor-alert";
    } else if (score <= 8) {
      channel = "email";
      recipient = who;
      template = "what-would-make-it-great";
    } else {
      channel = "email";
      recipient = who;
      template = "thank-you";
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        int stored;
        try (PreparedStatement ps = c.prepareStatement(insertResponse)) {
          ps.setString(1, r.tenant);
          ps.setString(2, r.id);
          ps.setString(3, r.survey.id);
          ps.setString(4, r.respondent);
          ps.setInt(5, score);
          ps.setTimestamp(6, Timestamp.from(Instant.parse(r.submittedAt)));
          ps.setString(7, json);
          stored = ps.executeUpdate();
        }
        if (stored == 1) {
          try (PreparedStatement ps = c.prepareStatement(insertOutbox)) {
            ps.setString(1, r.tenant);
            ps.setString(2, channel);
            ps.setString(3, recipient);
            ps.setString(4, template);
            ps.setString(5, r.id + "/" + template);
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.executeUpdate();
          }
        }
        c.commit();
        return stored;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("peer submit of " + r.id + " failed", e);
    }
  }
}
