package io.feedbackloop.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The module rules of DESIGN.md, checked on the compiled SDK classes. */
class ArchitectureTest {
  private static final List<String> THIRD_PARTY =
      List.of(
          "com.fasterxml.jackson",
          "com.github.benmanes.caffeine",
          "org.slf4j",
          "jakarta.mail",
          "jakarta.activation",
          "org.eclipse.angus");

  private static JavaClasses sdk;

  @BeforeAll
  static void importSdk() {
    sdk =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.feedbackloop");
    assertThat(sdk.stream().map(JavaClass::getPackageName))
        .as("the import sees every module")
        .contains(
            "io.feedbackloop.core",
            "io.feedbackloop.core.survey",
            "io.feedbackloop.scoring",
            "io.feedbackloop.routing");
  }

  @Test
  void coreDependsOnNoHigherModule() {
    noClasses()
        .that()
        .resideInAPackage("io.feedbackloop.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.feedbackloop.scoring..", "io.feedbackloop.routing..", "io.feedbackloop.examples..")
        .check(sdk);
  }

  @Test
  void scoringDependsOnNoHigherModule() {
    noClasses()
        .that()
        .resideInAPackage("io.feedbackloop.scoring..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.feedbackloop.routing..", "io.feedbackloop.examples..")
        .check(sdk);
  }

  @Test
  void routingDependsOnNoExample() {
    noClasses()
        .that()
        .resideInAPackage("io.feedbackloop.routing..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.feedbackloop.examples..")
        .check(sdk);
  }

  @Test
  void internalPackagesStayInsideTheirModule() {
    for (String module : List.of("core", "scoring", "routing")) {
      String base = "io.feedbackloop." + module;
      classes()
          .that()
          .resideInAPackage(base + ".internal..")
          .should()
          .onlyBeAccessed()
          .byClassesThat()
          .resideInAPackage(base + "..")
          .allowEmptyShould(true)
          .check(sdk);
    }
  }

  @Test
  void noThirdPartyTypeInAPublicSignature() {
    classes()
        .that()
        .arePublic()
        .and()
        .resideOutsideOfPackages("..internal..", "io.feedbackloop.examples..")
        .should(exposeNoThirdPartyType())
        .check(sdk);
  }

  @Test
  void theSignatureRuleCatchesAViolation() {
    JavaClasses bad = new ClassFileImporter().importClasses(LeakyApi.class);
    EvaluationResult result =
        classes().should(exposeNoThirdPartyType()).evaluate(bad);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(d -> assertThat(d).contains("org.slf4j.Logger"));
  }

  /** A public class leaking a third-party type: the rule must flag it. */
  public static final class LeakyApi {
    /** Leaks a logger. */
    public org.slf4j.Logger logger() {
      return org.slf4j.LoggerFactory.getLogger(LeakyApi.class);
    }
  }

  private static ArchCondition<JavaClass> exposeNoThirdPartyType() {
    return new ArchCondition<>("expose no Jackson, Caffeine or SLF4J type in a public signature") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        Set<JavaClass> exposed = new HashSet<>();
        exposed.addAll(javaClass.getRawSuperclass().map(Set::of).orElse(Set.of()));
        exposed.addAll(javaClass.getRawInterfaces());
        for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
          if (isVisible(unit.getModifiers())) {
            exposed.addAll(unit.getReturnType().getAllInvolvedRawTypes());
            unit.getParameterTypes().forEach(t -> exposed.addAll(t.getAllInvolvedRawTypes()));
            exposed.addAll(unit.getThrowsClause().getTypes());
          }
        }
        for (JavaField field : javaClass.getFields()) {
          if (isVisible(field.getModifiers())) {
            exposed.addAll(field.getType().getAllInvolvedRawTypes());
          }
        }
        for (JavaClass type : exposed) {
          if (THIRD_PARTY_TYPE.test(type)) {
            events.add(
                SimpleConditionEvent.violated(
                    javaClass,
                    javaClass.getName() + " exposes " + type.getName() + " in its public API"));
          }
        }
      }
    };
  }

  private static boolean isVisible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static final DescribedPredicate<JavaClass> THIRD_PARTY_TYPE =
      DescribedPredicate.describe(
          "a third-party type",
          c -> THIRD_PARTY.stream().anyMatch(p -> c.getPackageName().startsWith(p)));
}
