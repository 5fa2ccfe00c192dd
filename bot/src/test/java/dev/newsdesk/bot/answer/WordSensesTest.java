package dev.newsdesk.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the composer reads from WordNet 3.1 (the data jar on the class path). */
class WordSensesTest {

  private final WordSenses senses = WordSenses.shared();

  @Test
  @DisplayName("a modifier that names a kind (adult, youth, half, junior, national) is told from one that grades or places")
  void kindModifiers() {
    assertThat(senses.isKindModifier("adult")).isTrue();
    assertThat(senses.isKindModifier("youth")).isTrue();
    assertThat(senses.isKindModifier("half")).isTrue();
    assertThat(senses.isKindModifier("junior")).isTrue();
    assertThat(senses.isKindModifier("the")).isFalse();
    assertThat(senses.isKindModifier("national")).isTrue();
    assertThat(senses.isKindModifier("extra")).isFalse();
    assertThat(senses.isKindModifier("new")).isFalse();
    assertThat(senses.isKindModifier("inside")).isFalse();
  }

  @Test
  @DisplayName("researcher and charity are people or bodies; year and rocket are not")
  void personOrBodyNouns() {
    assertThat(senses.isPersonOrBodyNoun("researcher")).isTrue();
    assertThat(senses.isPersonOrBodyNoun("charity")).isTrue();
    assertThat(senses.isPersonOrBodyNoun("year")).isFalse();
    assertThat(senses.isPersonOrBodyNoun("rocket")).isFalse();
  }

  @Test
  @DisplayName("a noun in -ee is related to the verb whose object it names; a short word in -ee is not")
  void objectOfAVerb() {
    assertThat(senses.relatedAsThing("evacuees")).contains("evacuate");
    assertThat(senses.relatedAsThing("nominee")).contains("nominate");
    assertThat(senses.relatedAsThing("attendee")).contains("attend");
    assertThat(senses.relatedAsThing("refugee")).doesNotContain("refug", "refuge");
    assertThat(senses.relatedAsThing("fee")).doesNotContain("f", "fate");
  }

  @Test
  @DisplayName("a scheme is a programme two steps up, past the phrase 'plan of action'; a gannet is not any seabird")
  void abovePhrase() {
    assertThat(senses.relatedAsThing("scheme")).doesNotContain("programme");
    assertThat(senses.relatedAbovePhrase("scheme")).contains("programme", "plan");
    assertThat(senses.relatedAbovePhrase("gannets")).isEmpty();
    assertThat(senses.relatedAbovePhrase("kids")).isEmpty();
  }

  @Test
  @DisplayName("go, take and pass are verbs too vague to relate two words; evacuate and recall are not")
  void vagueVerbs() {
    assertThat(senses.isVagueVerb("go")).isTrue();
    assertThat(senses.isVagueVerb("take")).isTrue();
    assertThat(senses.isVagueVerb("pass")).isTrue();
    assertThat(senses.isVagueVerb("going")).isTrue();
    assertThat(senses.isVagueVerb("evacuate")).isFalse();
    assertThat(senses.isVagueVerb("recall")).isFalse();
  }

  @Test
  @DisplayName("company, charity and club are bodies; architect, mayor and rocket are not")
  void bodyNouns() {
    assertThat(senses.isBodyNoun("company")).isTrue();
    assertThat(senses.isBodyNoun("charity")).isTrue();
    assertThat(senses.isBodyNoun("club")).isTrue();
    assertThat(senses.isBodyNoun("architect")).isFalse();
    assertThat(senses.isBodyNoun("mayor")).isFalse();
    assertThat(senses.isBodyNoun("rocket")).isFalse();
  }

  @Test
  @DisplayName("an event verb is related through its commonest sense only; an adverb is only an adverb")
  void commonSenseAndAdverbs() {
    assertThat(senses.relatedAsAction("collapse")).doesNotContain("crack");
    assertThat(senses.related("collapse")).contains("crack");
    assertThat(senses.isOnlyAdverb("exactly")).isTrue();
    assertThat(senses.isOnlyAdverb("bridge")).isFalse();
  }

  @Test
  @DisplayName("a hyphenated word is a compound noun only when WordNet lists the two parts as one (not each part alone)")
  void compoundNouns() {
    assertThat(senses.isCompoundNoun("semi", "final")).isTrue();
    assertThat(senses.isCompoundNoun("grown", "up")).isTrue();
    assertThat(senses.isCompoundNoun("flood", "hit")).isFalse();
    assertThat(senses.isCompoundNoun("cool", "down")).isFalse();
    assertThat(senses.isCompoundNoun("second", "lowest")).isFalse();
    assertThat(senses.compoundSynonyms("grown", "up")).contains("adult").doesNotContain("person", "man");
    assertThat(senses.compoundSynonyms("semi", "final")).doesNotContain("final");
    assertThat(senses.relatedCompound("dock workers")).contains("docker");
  }

  @Test
  @DisplayName("a word WordNet lists only open ('heat wave') is that compound, and a thing")
  void closedCompounds() {
    assertThat(senses.closedCompound("heatwave")).isEqualTo("heat wave");
    assertThat(senses.isThing("heatwave")).isTrue();
    assertThat(senses.relatedAsThing("heatwave")).contains("heat");
    // a word WordNet lists whole is no compound to split
    assertThat(senses.closedCompound("wildfire")).isEmpty();
    assertThat(senses.closedCompound("kallby")).isEmpty();
  }

  @Test
  @DisplayName("a direct hyponym names a kind of the broader word (a fine is a penalty, a walkout a strike), not the other way")
  void kindOf() {
    assertThat(senses.narrower("penalty")).contains("fine");
    assertThat(senses.narrower("strike")).contains("walkout");
    assertThat(senses.narrower("fine")).doesNotContain("penalty");
    assertThat(senses.narrower("walkout")).doesNotContain("strike");
    // a rarer sense of the narrower word is no kind of the broader one: "crown" is first a monarch or a coin
    assertThat(senses.narrower("award")).contains("trophy", "medal").doesNotContain("crown");
    assertThat(senses.narrower("kallby")).isEmpty();
  }

  @Test
  @DisplayName("a verb takes an object by its commonest sense's frames: slap, cast, hand do; die, collapse, overflow do not")
  void takesObject() {
    assertThat(senses.takesObject("slap")).isTrue();
    assertThat(senses.takesObject("slapped")).isTrue();
    assertThat(senses.takesObject("cast")).isTrue();
    assertThat(senses.takesObject("hand")).isTrue();
    assertThat(senses.takesObject("die")).isFalse();
    assertThat(senses.takesObject("collapse")).isFalse();
    assertThat(senses.takesObject("overflowed")).isFalse();
    assertThat(senses.takesObject("kallby")).isFalse();
  }

  @Test
  @DisplayName("folks are people in general; workers and guys are people in a role")
  void peopleInGeneral() {
    assertThat(senses.isAnyPerson("people")).isTrue();
    assertThat(senses.isAnyPerson("folks")).isTrue();
    assertThat(senses.isAnyPerson("workers")).isFalse();
    assertThat(senses.isAnyPerson("guys")).isFalse();
  }

  @Test
  @DisplayName("a verb of two words means what WordNet lists for it: blast off is to launch, walking out to strike")
  void phrasalVerbs() {
    assertThat(senses.relatedPhrasalVerb("blast off")).contains("launch");
    assertThat(senses.relatedPhrasalVerb("walking out")).contains("strike");
    assertThat(senses.relatedPhrasalVerb("handed out")).contains("distribute");
    assertThat(senses.relatedPhrasalVerb("probe blast")).isEmpty();
    assertThat(senses.relatedPhrasalVerb("blast")).isEmpty();
  }

  @Test
  @DisplayName("a compound's relatives are its own and its words', not what its words mean alone: a swimming pool is no floating")
  void compoundIsNotItsWordsSenses() {
    assertThat(senses.relatedCompound("swimming pool")).contains("pool", "natatorium").doesNotContain("floating", "float");
    assertThat(senses.relatedCompound("heat wave")).contains("heat");
  }
}
