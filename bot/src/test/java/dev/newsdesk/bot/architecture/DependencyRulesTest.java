package dev.newsdesk.bot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of docs/architecture.md, checked on the compiled product classes (tests
 * excluded): dependencies point one way, channel → answer → (model, retrieval); no channel imports
 * another; {@code http} imports no channel; the retrieval library knows nothing of the bot.
 */
@DisplayName("The dependency rule")
class DependencyRulesTest {

  static JavaClasses product;

  @BeforeAll
  static void importClasses() {
    product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.newsdesk");
  }

  @Test
  @DisplayName("retrieval depends on nothing in bot")
  void retrievalIsALibrary() {
    noClasses().that().resideInAPackage("dev.newsdesk.retrieval..")
        .should().dependOnClassesThat().resideInAPackage("dev.newsdesk.bot..")
        .check(product);
  }

  @Test
  @DisplayName("answering depends on no channel, no HTTP, no API and no command")
  void answerKnowsNoChannel() {
    noClasses().that().resideInAPackage("dev.newsdesk.bot.answer..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.newsdesk.bot.channel..", "dev.newsdesk.bot.http..", "dev.newsdesk.bot.api..", "dev.newsdesk.bot.cli..")
        .check(product);
  }

  @Test
  @DisplayName("no channel depends on another channel")
  void channelsAreIndependent() {
    slices().matching("dev.newsdesk.bot.channel.(*)..").should().notDependOnEachOther().check(product);
  }

  @Test
  @DisplayName("http is a leaf: it depends on no channel, no answering and no API")
  void httpIsALeaf() {
    noClasses().that().resideInAPackage("dev.newsdesk.bot.http..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.newsdesk.bot.channel..", "dev.newsdesk.bot.answer..", "dev.newsdesk.bot.api..", "dev.newsdesk.bot.cli..")
        .check(product);
  }

  @Test
  @DisplayName("only the command line and the composition root depend on the command line")
  void nothingDependsOnCli() {
    noClasses().that().resideOutsideOfPackage("dev.newsdesk.bot.cli..")
        .should().dependOnClassesThat().resideInAPackage("dev.newsdesk.bot.cli..")
        .check(product);
  }

  @Test
  @DisplayName("only the command line depends on the composition root")
  void onlyCommandsWire() {
    noClasses().that().resideOutsideOfPackages("dev.newsdesk.bot", "dev.newsdesk.bot.cli..", "dev.newsdesk.bench..")
        .should().dependOnClassesThat().resideInAPackage("dev.newsdesk.bot")
        .check(product);
  }

  @Test
  @DisplayName("stories depend on no channel, no HTTP, no API and no command")
  void storyKnowsNoChannel() {
    noClasses().that().resideInAPackage("dev.newsdesk.bot.story..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.newsdesk.bot.channel..", "dev.newsdesk.bot.http..", "dev.newsdesk.bot.api..", "dev.newsdesk.bot.cli..")
        .check(product);
  }

  @Test
  @DisplayName("the packages of bot have no cycles")
  void noCycles() {
    slices().matching("dev.newsdesk.bot.(*)..").should().beFreeOfCycles().check(product);
  }
}
