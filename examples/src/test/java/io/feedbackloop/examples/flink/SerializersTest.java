package io.feedbackloop.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.feedbackloop.scoring.NpsAccumulator;
import io.feedbackloop.scoring.ScaleAccumulator;
import io.feedbackloop.scoring.Scorer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** The serializers and type information: exact round trips, snapshots, no Kryo. */
class SerializersTest {

  private static ScoreTally tally(long seed, Scorer scorer) {
    ScoresAggregate aggregate = ScoresAggregate.of(scorer);
    ScoreTally tally = aggregate.createAccumulator();
    SeededResponses.generate(new Random(seed), 300, 1, Duration.ZERO)
        .forEach(r -> aggregate.add(r, tally));
    return tally;
  }

  @Test
  void accumulatorsAndResultsSurviveTheirSerializersExactly() throws IOException {
    ScoreTally tally = tally(11, Scorer.ofDefaults());
    tally.nps().add(7, 2.5);
    Scores scores = ScoresAggregate.ofDefaults().getResult(tally);
    WindowScores window = new WindowScores("north", Instant.parse("2026-03-02T00:00:00Z"),
        Instant.parse("2026-03-03T00:00:00Z"), scores);

    assertThat(Serializers.roundTrip(NpsAccumulatorSerializer.INSTANCE, tally.nps()).toBytes())
        .isEqualTo(tally.nps().toBytes());
    assertThat(Serializers.roundTrip(ScaleAccumulatorSerializer.INSTANCE, tally.ces()).toBytes())
        .isEqualTo(tally.ces().toBytes());
    assertThat(Serializers.roundTrip(ScoreTallySerializer.INSTANCE, tally).toBytes())
        .isEqualTo(tally.toBytes());
    assertThat(Serializers.roundTrip(NpsResultSerializer.INSTANCE, scores.nps()))
        .isEqualTo(scores.nps());
    assertThat(Serializers.roundTrip(ScaleResultSerializer.INSTANCE, scores.csat()))
        .isEqualTo(scores.csat());
    assertThat(Serializers.roundTrip(ScoresSerializer.INSTANCE, scores)).isEqualTo(scores);
    assertThat(Serializers.roundTrip(WindowScoresSerializer.INSTANCE, window)).isEqualTo(window);
  }

  @Test
  void emptyResultsWithoutEstimatesSurviveToo() throws IOException {
    Scores empty = ScoresAggregate.ofDefaults().getResult(new ScoreTally());

    assertThat(empty.nps().hasEstimate()).isFalse();
    assertThat(Serializers.roundTrip(ScoresSerializer.INSTANCE, empty)).isEqualTo(empty);
    assertThat(ScoresSerializer.INSTANCE.createInstance()).isEqualTo(empty);
  }

  @Test
  void copiesOfAccumulatorsAreIndependentAndResultsAreShared() {
    ScoreTally tally = tally(3, Scorer.ofDefaults());
    ScoreTally copy = ScoreTallySerializer.INSTANCE.copy(tally);
    copy.nps().add(10);
    NpsAccumulator nps = NpsAccumulatorSerializer.INSTANCE.copy(tally.nps());
    nps.add(0);
    ScaleAccumulator csat = ScaleAccumulatorSerializer.INSTANCE.copy(tally.csat());
    csat.add(1);

    assertThat(copy.nps().count()).isEqualTo(tally.nps().count() + 1);
    assertThat(nps.count()).isEqualTo(tally.nps().count() + 1);
    assertThat(csat.count()).isEqualTo(tally.csat().count() + 1);
    Scores scores = ScoresAggregate.ofDefaults().getResult(tally);
    assertThat(ScoresSerializer.INSTANCE.copy(scores)).isSameAs(scores);
    assertThat(ScoreTallySerializer.INSTANCE.isImmutableType()).isFalse();
    assertThat(ScoresSerializer.INSTANCE.isImmutableType()).isTrue();
  }

  @Test
  void copyingSerializedBytesCopiesExactlyOneValue() throws IOException {
    ScoreTally tally = tally(5, Scorer.ofDefaults());
    DataOutputSerializer out = new DataOutputSerializer(64);
    ScoreTallySerializer.INSTANCE.serialize(tally, out);
    ScoreTallySerializer.INSTANCE.serialize(new ScoreTally(), out);
    DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
    DataOutputSerializer copied = new DataOutputSerializer(64);

    ScoreTallySerializer.INSTANCE.copy(in, copied);

    assertThat(ScoreTallySerializer.INSTANCE.deserialize(
        new DataInputDeserializer(copied.getCopyOfBuffer())).toBytes()).isEqualTo(tally.toBytes());
    assertThat(ScoreTallySerializer.INSTANCE.deserialize(in).nps().count()).isZero();
  }

  @Test
  void corruptBytesFailWithAnIoExceptionThatSaysWhatCouldNotBeRead() throws IOException {
    byte[] bytes = Serializers.bytes(NpsResultSerializer.INSTANCE,
        NpsResultSerializer.INSTANCE.createInstance());
    bytes[4] = 9; // the format version after the int length

    assertThatThrownBy(() -> NpsResultSerializer.INSTANCE.deserialize(
        new DataInputDeserializer(bytes)))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot read NpsResultSerializer bytes: bytes must have format version 1,"
            + " but had 9");
  }

  @Test
  void snapshotsRestoreTheSameSerializer() throws IOException {
    for (TypeSerializer<?> serializer : List.<TypeSerializer<?>>of(
        NpsAccumulatorSerializer.INSTANCE, ScaleAccumulatorSerializer.INSTANCE,
        ScoreTallySerializer.INSTANCE, NpsResultSerializer.INSTANCE,
        ScaleResultSerializer.INSTANCE, ScoresSerializer.INSTANCE,
        WindowScoresSerializer.INSTANCE)) {
      DataOutputSerializer out = new DataOutputSerializer(64);
      TypeSerializerSnapshot.writeVersionedSnapshot(out, serializer.snapshotConfiguration());
      TypeSerializerSnapshot<?> read = TypeSerializerSnapshot.readVersionedSnapshot(
          new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());

      assertThat(read.restoreSerializer()).isSameAs(serializer);
    }
  }

  @Test
  void typeInformationUsesTheByteFormAndResponsesArePojosNotKryo() {
    TypeInformation<ScoreTally> tally = ScoreTypes.scoreTally();

    assertThat(tally.createSerializer(new SerializerConfigImpl()))
        .isSameAs(ScoreTallySerializer.INSTANCE);
    assertThat(tally.getTypeClass()).isEqualTo(ScoreTally.class);
    assertThat(tally.isKeyType()).isFalse();
    assertThat(tally).isEqualTo(ScoreTypes.scoreTally()).isNotEqualTo(ScoreTypes.scores())
        .hasToString("ByteForm<ScoreTally>");
    assertThat(TypeInformation.of(SurveyResponse.class)).isInstanceOf(PojoTypeInfo.class);
  }

  @Test
  void responsesParseFromAndPrintToTheirCsvLine() {
    SurveyResponse response = SurveyResponse.parse(" 2026-03-02T09:15:00Z, north ,9,,7");

    assertThat(response).isEqualTo(new SurveyResponse(Instant.parse("2026-03-02T09:15:00Z"),
        "north", 9, null, 7));
    assertThat(response.toCsvLine()).isEqualTo("2026-03-02T09:15:00Z,north,9,,7");
    assertThatThrownBy(() -> SurveyResponse.parse("2026-03-02T09:15:00Z,north,9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line must have 5 cells (submittedAt,segment,nps,csat,ces), but had 3:"
            + " '2026-03-02T09:15:00Z,north,9'");
    assertThatThrownBy(() -> SurveyResponse.parse("yesterday,north,9,4,5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line must be a valid response, but Text 'yesterday'")
        .hasMessageEndingWith(": 'yesterday,north,9,4,5'");
    assertThatThrownBy(() -> SurveyResponse.parse("2026-03-02T09:15:00Z,north,9,0,5"))
        .hasMessage("line must be a valid response, but csat must be in 1..5, but was 0:"
            + " '2026-03-02T09:15:00Z,north,9,0,5'");
    assertThatThrownBy(() -> new SurveyResponse(Instant.EPOCH, "a\"b", null, null, 8))
        .hasMessage("segment must be non-blank without commas, quotes or line breaks, but was"
            + " 'a\"b'");
    assertThatThrownBy(() -> new SurveyResponse(Instant.EPOCH, "a", null, null, 8))
        .hasMessage("ces must be in 1..7, but was 8");
  }

  @Test
  void windowScoresPrintAsOneCsvLineWithEmptyCellsWithoutEstimates() {
    Scores empty = ScoresAggregate.ofDefaults().getResult(new ScoreTally());
    WindowScores window = new WindowScores("north", Instant.parse("2026-03-02T00:00:00Z"),
        Instant.parse("2026-03-03T00:00:00Z"), empty);

    assertThat(window.toCsvLine())
        .isEqualTo("north,2026-03-02T00:00:00Z,2026-03-03T00:00:00Z,0,,,,0,,,,0,,,");
    assertThat(WindowScores.HEADER.split(",")).hasSize(window.toCsvLine().split(",", -1).length);
    ScoreTally tally = new ScoreTally();
    tally.nps().add(10);
    tally.csat().add(5);
    tally.ces().add(6);
    Scores one = ScoresAggregate.ofDefaults().getResult(tally);
    String line = new WindowScores("north", window.windowStart(), window.windowEnd(), one)
        .toCsvLine();
    assertThat(line).startsWith("north,2026-03-02T00:00:00Z,2026-03-03T00:00:00Z,1,100.0,")
        .contains(",1,1.0,", ",1,6.0,");
    assertThatThrownBy(() -> new WindowScores("north", window.windowEnd(),
        window.windowStart(), empty))
        .hasMessage("windowEnd must be after windowStart (2026-03-03T00:00:00Z), but was"
            + " 2026-03-02T00:00:00Z");
  }

  @Test
  void jobArgumentsAreCheckedWithClearMessages() {
    assertThat(ScoreJob.duration("window", "PT12H")).isEqualTo(Duration.ofHours(12));
    assertThatThrownBy(() -> ScoreJob.duration("window", "1d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must be an ISO-8601 duration such as P1D or PT1H, but was '1d'");
    assertThatThrownBy(() -> ScoreJob.duration("window", "PT0S"))
        .hasMessage("window must be > 0, but was PT0S");
    assertThatThrownBy(() -> ScoreJob.main(new String[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(ScoreJob.USAGE);
  }
}
