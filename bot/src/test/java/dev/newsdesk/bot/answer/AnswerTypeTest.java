package dev.newsdesk.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Whether a sentence states the kind of fact a question asks for. */
class AnswerTypeTest {

  private static Set<String> asked(String question) {
    return Set.copyOf(java.util.List.of(question.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
  }

  @Test
  @DisplayName("who: a person or an organisation answers, a place, an event or a numbered thing does not")
  void whoNeedsAPersonOrABody() {
    Set<String> asked = asked("Who designed the new Kalvik harbour museum?");
    AnswerType who = AnswerType.of("Who designed the new Kalvik harbour museum?");
    assertThat(who).isEqualTo(AnswerType.PERSON);
    assertThat(who.fit("A new harbour museum opened on Saturday beside Kalvik Central Station.", asked, "")).isZero();
    assertThat(who.fit("It was the busiest day of the Lantern Festival so far.", asked, "")).isZero();
    assertThat(who.fit("The museum was designed by Brisk Architects of Verrel.", asked, "")).isEqualTo(1);
    assertThat(who.fit("The museum was designed by Prof. Ilse Marrow.", asked, "")).isEqualTo(1);
  }

  @Test
  @DisplayName("who: a possessive joins two names, and the question's own name is not the answer")
  void possessiveSplitsNames() {
    Set<String> asked = asked("Who is the director of the Aldmoor Space Institute?");
    AnswerType who = AnswerType.of("Who is the director of the Aldmoor Space Institute?");
    assertThat(who.fit("The Aldmoor Space Institute's Kestrel-2 probe lifted off successfully on Tuesday.", asked, ""))
        .isZero();
    assertThat(who.fit("“We are ready,” said Ilse Marrow, the Aldmoor Space Institute's director.", asked, ""))
        .isEqualTo(1);
  }

  @Test
  @DisplayName("how many: the head noun is what is counted, past names and adjectives")
  void countedHead() {
    assertThat(QuantityFit.counted("How many Marlow Valley residents are still in temporary homes?"))
        .isEqualTo("residents");
    assertThat(QuantityFit.counted("how many sick kids can the new ward take in")).isEqualTo("kids");
    assertThat(QuantityFit.counted("How many dock workers joined the strike?")).isEqualTo("workers");
    assertThat(QuantityFit.counted("How many people live in Selvik?")).isEqualTo("people");
    assertThat(QuantityFit.counted("How many pairs of gannets nest there?")).isEqualTo("pairs");
  }

  @Test
  @DisplayName("how many: where the article speaks of what is counted, a number counting something else is no answer")
  void numberCountsWhatIsAsked() {
    String question = "How many passengers a day will the new tram carry?";
    AnswerType type = AnswerType.of(question);
    String counted = QuantityFit.counted(question);
    String cars = "The tram has room for 24 cars and will open to passengers in May.";
    assertThat(type.fit(cars, asked(question), counted, true)).isLessThan(0.4);
    // an article in other words ("riders") is not judged so: the count may be of them
    assertThat(type.fit(cars, asked(question), counted, false)).isGreaterThanOrEqualTo(0.4);
    assertThat(type.fit("It is expected to carry 18,000 passengers a day.", asked(question), counted, true))
        .isEqualTo(1);
    assertThat(type.fit("It will carry 18,000 riders a day.", asked(question), counted, true)).isGreaterThanOrEqualTo(0.4);
    // people are counted by any noun of a person: "how many guys" by "1,100 workers"
    assertThat(type.fit("About 1,100 workers joined the walkout.", asked("How many guys joined the walkout?"), "guys",
        true)).isGreaterThanOrEqualTo(0.4);
  }

  @Test
  @DisplayName("how many: last year's figure and a difference fit less than this year's count, unless last year is asked")
  void lastYearsFigure() {
    String question = "How many people went to the Kalvik boat show?";
    AnswerType type = AnswerType.of(question);
    String counted = QuantityFit.counted(question);
    assertThat(type.fit("That is 600 more than last year, when 3,700 people came.", asked(question), counted))
        .isLessThan(0.9);
    assertThat(type.fit("The boat show drew 4,300 people over two days.", asked(question), counted)).isEqualTo(1);
    String lastYear = "How many people went to the Kalvik boat show last year?";
    assertThat(type.fit("That is 600 more than last year, when 3,700 people came.", asked(lastYear), counted))
        .isEqualTo(1);
  }

  @Test
  @DisplayName("how many kids: a number of pupils counts people in other words and fits as well as a number of kids")
  void peopleCountedInOtherWords() {
    String question = "How many kids are in the reading scheme?";
    AnswerType type = AnswerType.of(question);
    String counted = QuantityFit.counted(question);
    assertThat(type.fit("It covers 9 schools and about 2,400 pupils.", asked(question), counted, false)).isEqualTo(1);
    // a number beside no person ("at six"), or whose people stand past a comma, fits only as a plain number
    assertThat(type.fit("A child who reads at six enjoys books at twelve.", asked(question), counted, false))
        .isLessThan(1);
    assertThat(type.fit("Doses go first to people over 65, pregnant women and nurses.", asked(question), counted,
        false)).isLessThan(1);
    // what is counted must itself be people: "how many games" is not answered by a count of players
    String games = "How many games were played?";
    assertThat(AnswerType.of(games).fit("It had 24 players.", asked(games), QuantityFit.counted(games), false))
        .isLessThan(1);
  }

  @Test
  @DisplayName("how many passengers: a number of people in general is counted, but not said to be passengers")
  void peopleInGeneralAreNoRole() {
    String question = "How many passengers does the Lindvik tram carry?";
    AnswerType type = AnswerType.of(question);
    String counted = QuantityFit.counted(question);
    double anyone = type.fit("About 400 people crowded into the hearing on the tram.", asked(question), counted, false);
    double riders = type.fit("The tram carries 9,000 riders on a weekday.", asked(question), counted, false);
    assertThat(anyone).isLessThan(riders).isLessThanOrEqualTo(0.35);
    // people in general answer a question about people in general
    String people = "How many people came to the hearing on the tram?";
    assertThat(AnswerType.of(people).fit("About 400 people crowded into the hearing on the tram.", asked(people),
        QuantityFit.counted(people), false)).isEqualTo(1);
  }

  @Test
  @DisplayName("how much rain: the number whose phrase holds the rain fits, a temperature beside it less")
  void howMuchMeasuresItsNoun() {
    String question = "How much rain fell on Osterby when the storm broke the heat?";
    assertThat(QuantityFit.measured(question)).isEqualTo("rain");
    assertThat(QuantityFit.measured("How much money did the fair raise?")).isEmpty();
    assertThat(QuantityFit.measured("How much longer will the trip take?")).isEmpty();
    AnswerType type = AnswerType.of(question);
    Set<String> asked = asked(question);
    String temperature = "Temperatures fell to 21 degrees after nine days above 30 degrees.";
    String rain = "The storm dropped 28 millimetres of rain on Osterby in an hour.";
    assertThat(type.fit(rain, asked, "", false, "rain", false)).isEqualTo(1);
    assertThat(type.fit(temperature, asked, "", false, "rain", false)).isLessThan(SentenceCandidate.STRONG_FIT);
    // without the measured noun both would fit fully
    assertThat(type.fit(temperature, asked, "", false)).isEqualTo(1);
    // the noun may stand before the number: "water use in the region reached 300 million litres"
    assertThat(type.fit("Water use in the region reached 300 million litres on Friday.", asked("How much water was used?"),
        "", false, "water", false)).isEqualTo(1);
  }

  @Test
  @DisplayName("how many of the recalled cartons: a part of the whole fits, the number of the whole does not")
  void partOfAWhole() {
    String question = "How many of the recalled cartons have shops sent back so far?";
    assertThat(QuantityFit.partitive(question)).isTrue();
    assertThat(QuantityFit.counted(question)).isEqualTo("cartons");
    AnswerType type = AnswerType.of(question);
    Set<String> asked = asked(question);
    assertThat(type.fit("So far, shops have returned 51,000 of the 60,000 recalled cartons.", asked, "cartons", true, "",
        true)).isEqualTo(1);
    assertThat(type.fit("The dairy has recalled 60,000 cartons of its milk.", asked, "cartons", true, "", true))
        .isLessThan(SentenceCandidate.STRONG_FIT);
  }

  @Test
  @DisplayName("a time of day, a rank or a score counts nothing: 'by 6 a.m.', 'at 04:17', '89th', '2-1' do not answer how many")
  void clockIsNoCount() {
    String question = "How many households had to leave their homes in Osterby?";
    AnswerType type = AnswerType.of(question);
    String counted = QuantityFit.counted(question);
    assertThat(type.fit("Crews had checked every house on the list by 6 a.m.", asked(question), counted))
        .isLessThan(0.4);
    assertThat(type.fit("The ferry left at 04:17 with the last of them.", asked(question), counted)).isLessThan(0.4);
    String crowd = "How many people watched the Osterby cup final?";
    AnswerType count = AnswerType.of(crowd);
    assertThat(count.fit("Osterby won the final 2-1 with a goal in the 89th minute.", asked(crowd),
        QuantityFit.counted(crowd))).isLessThan(0.4);
    assertThat(count.fit("The crowd of 4,300 was a record.", asked(crowd), QuantityFit.counted(crowd)))
        .isGreaterThanOrEqualTo(0.7);
    assertThat(type.fit("The flood forced the evacuation of 300 homes.", asked(question), counted))
        .isGreaterThanOrEqualTo(0.7);
  }

  @Test
  @DisplayName("'how many people' are counted as residents or nurses, not as households nor as a ratio's 'every 300 residents'")
  void peopleInGeneralCountedInOtherWords() {
    String question = "How many people were moved out when the Skog flooded?";
    AnswerType type = AnswerType.of(question);
    String counted = QuantityFit.counted(question);
    assertThat(type.fit("About 520 residents were moved to safety by boat.", asked(question), counted, false)).isEqualTo(1);
    assertThat(type.fit("The town hired 12 new nurses for the shelter.", asked(question), counted, false)).isEqualTo(1);
    assertThat(type.fit("The fund has paid 90 households so far.", asked(question), counted, false)).isLessThan(1);
    assertThat(type.fit("The city has a fox for every 300 residents.", asked(question), counted, false))
        .isLessThan(0.4);
    // nor does the number before it: "one for every 300 residents" counts no residents
    assertThat(type.fit("The city has roughly one for every 300 residents.", asked(question), counted, false))
        .isLessThan(1);
    // how often: "every six months" is the answer, no ratio's unit
    String often = "How often will the seals be replaced?";
    assertThat(AnswerType.of(often).fit("The seals will be replaced every six months.", asked(often),
        QuantityFit.counted(often), false)).isGreaterThanOrEqualTo(0.4);
  }

  @Test
  @DisplayName("'how fast did she run?' asks for a time taken: the sum the race raised is no answer")
  void howFastIsATime() {
    String question = "How fast did the women's winner run the Lunde marathon?";
    AnswerType type = AnswerType.of(question);
    String counted = QuantityFit.counted(question);
    assertThat(type.fit("The race raised 120,000 crowns for the Lunde hospital.", asked(question), counted, false))
        .isLessThan(0.4);
    assertThat(type.fit("Ida Berg won in a time of 2 hours, 31 minutes and 5 seconds.", asked(question), counted, false))
        .isEqualTo(1);
  }

  @Test
  @DisplayName("a number that labels a name ('the Line 3 tram', 'Gate 2', 'Tern-4', 'the asteroid 2291 Velen') or ends a range of minutes counts nothing; one after a weekday may")
  void labelIsNoCount() {
    String question = "How many passengers a day will the Lindvik tram carry?";
    AnswerType type = AnswerType.of(question);
    String counted = QuantityFit.counted(question);
    assertThat(type.fit("Residents met to discuss the proposed Line 3 tram extension.", asked(question), counted, false))
        .isLessThan(0.4);
    assertThat(type.fit("Buses will leave from Gate 2 during the works.", asked(question), counted, false))
        .isLessThan(0.4);
    assertThat(type.fit("The extended line will carry 18,000 passengers a day.", asked(question), counted, false))
        .isEqualTo(1);
    String size = "How big is the asteroid?";
    assertThat(AnswerType.of(size).fit("The probe took images of the asteroid 2291 Velen on Thursday.", asked(size),
        QuantityFit.counted(size), false)).isLessThan(0.4);
    assertThat(AnswerType.of(size).fit("It flew on a Tern-4 rocket on Thursday.", asked(size),
        QuantityFit.counted(size), false)).isLessThan(0.4);
    assertThat(AnswerType.of(size).fit("The images show an asteroid about 4.2 km long.", asked(size),
        QuantityFit.counted(size), false)).isEqualTo(1);
    // the end of a range written bare is in the start's unit: "from 50 minutes to 20" counts no passengers
    assertThat(type.fit("The tram would cut her commute from 50 minutes to 20.", asked(question), counted, false))
        .isLessThan(0.4);
    String walkout = "How many workers joined the strike?";
    assertThat(AnswerType.of(walkout).fit("On Tuesday 1,100 workers joined the strike.", asked(walkout),
        QuantityFit.counted(walkout), false)).isEqualTo(1);
  }

  @Test
  @DisplayName("how many folks: a count of people in general answers, as it does for 'people'")
  void folksArePeopleInGeneral() {
    String question = "Roughly how many folks turned up at the Lindvik hearing?";
    assertThat(AnswerType.of(question).fit("About 400 people crowded into the hearing on the tram.", asked(question),
        QuantityFit.counted(question), false)).isGreaterThanOrEqualTo(0.7);
  }

  @Test
  @DisplayName("what is it called: a proper name answers, a sentence that names nothing new does not")
  void nameQuestion() {
    String question = "What is the name of the fish wholesaler on the Brennick quay?";
    AnswerType type = AnswerType.of(question);
    assertThat(type).isEqualTo(AnswerType.NAME);
    assertThat(AnswerType.of("the bakers' new rye loaf - what's it called?")).isEqualTo(AnswerType.NAME);
    assertThat(type.fit("The owner of a fish wholesaler on the Brennick quay said he expected to lose money on Monday.",
        asked(question), "")).isZero();
    assertThat(type.fit("The quay's largest fish wholesaler, Sild & Sons, expects to lose money.", asked(question), ""))
        .isEqualTo(1);
  }

  @Test
  @DisplayName("what time: a clock time answers best, a day alone less")
  void whatTimeAsksForTheClock() {
    Set<String> asked = asked("What time did the probe lift off?");
    AnswerType type = AnswerType.of("What time did the probe lift off?");
    assertThat(type.fit("The probe launched at 04:17 from Gate 2.", asked, "")).isEqualTo(1);
    assertThat(type.fit("The probe lifted off on 28 July.", asked, "")).isLessThan(0.9);
    // "when" takes the full date as well as the clock
    assertThat(AnswerType.TIME.fit("The probe lifted off on 28 July.", asked("When did the probe lift off?"), ""))
        .isGreaterThanOrEqualTo(0.9);
  }

  @Test
  @DisplayName("what did it cost: a price, as 'how much'; a sentence without a sum does not answer it")
  void whatDidItCost() {
    String question = "What did the Tern-4 rocket that carried the probe cost?";
    AnswerType type = AnswerType.of(question);
    assertThat(type).isEqualTo(AnswerType.QUANTITY);
    assertThat(type.fit("The probe launched aboard a Tern-4 rocket at 04:17 from Gate 2.", asked(question), ""))
        .isLessThan(0.4);
    assertThat(type.fit("The Tern-4 rocket cost 41 million crowns.", asked(question), "")).isEqualTo(1);
    assertThat(AnswerType.of("what does it cost to take a car on the ferry")).isEqualTo(AnswerType.QUANTITY);
    // the sum the question gives is not the answer
    String part = "How much of the 48 million crowns raised came from Northwind Capital?";
    assertThat(AnswerType.of(part).fit("Voltaren Labs has raised 48 million crowns from investors.", asked(part), ""))
        .isLessThan(0.4);
    assertThat(AnswerType.of(part).fit("Northwind Capital put in 20 million crowns.", asked(part), "")).isEqualTo(1);
    assertThat(AnswerType.of("What did the mayor say about the cost?")).isNotEqualTo(AnswerType.QUANTITY);
  }

  @Test
  @DisplayName("how much: money is written with its currency; 'what political party', 'which bank' ask who")
  void moneyAndWhichNouns() {
    Set<String> earn = asked("How much does Marta Quill earn?");
    AnswerType type = AnswerType.of("How much does Marta Quill earn?");
    assertThat(type.fit("“No choice!” said Marta Quill, speaking at Gate 2.", earn, "")).isLessThan(0.4);
    assertThat(type.fit("Her salary is 95,000 crowns a year.", earn, "")).isEqualTo(1);
    assertThat(AnswerType.QUANTITY.fit("The council raised tram fares by ten cents.", asked("How much did fares rise?"), ""))
        .isEqualTo(1);
    assertThat(AnswerType.of("What political party does the mayor belong to?")).isEqualTo(AnswerType.PERSON);
    assertThat(AnswerType.of("which bank is lending the city the money")).isEqualTo(AnswerType.PERSON);
    assertThat(AnswerType.of("What salary will the mayor earn?")).isNotEqualTo(AnswerType.PERSON);
    assertThat(AnswerType.kindNoun("Which two major supermarkets plan to merge?")).isEqualTo("supermarkets");
    assertThat(AnswerType.kindNoun("Which social media platform banned fundraising?")).isEqualTo("platform");
    assertThat(AnswerType.kindNoun("Which pier in Brennick do ferries leave from?")).isEqualTo("pier");
    assertThat(AnswerType.of("What salary will the mayor earn?")).isEqualTo(AnswerType.QUANTITY);
    // the same asked through "be": a price, a fare, a salary is a quantity; a name or an estimate's subject is not
    assertThat(AnswerType.of("What is the average salary of a Vesby bus driver?")).isEqualTo(AnswerType.QUANTITY);
    assertThat(AnswerType.of("what's the fare for a grown-up on the Lunde ferry")).isEqualTo(AnswerType.QUANTITY);
    assertThat(AnswerType.of("What was the cost of the new hall?")).isEqualTo(AnswerType.QUANTITY);
    assertThat(AnswerType.of("What is the name of the new ferry?")).isEqualTo(AnswerType.NAME);
    assertThat(AnswerType.of("What is the cost estimate based on?")).isNotEqualTo(AnswerType.QUANTITY);
    assertThat(QuantityFit.unit(asked("what's the fare for a grown-up"), "")).isEqualTo(QuantityFit.Unit.MONEY);
  }

  @Test
  @DisplayName("who: a name beside the role asked fits fully; another name, or the same role of another kind, less")
  void whoInTheRole() {
    Set<String> women = asked("Who won the women's race?");
    AnswerType who = AnswerType.of("Who won the women's race?");
    assertThat(who.fit("The women's race was won by Jonna Eklund.", women, "")).isEqualTo(1);
    assertThat(who.fit("The men's race was won by Daniel Okafor.", women, "")).isLessThan(SentenceCandidate.STRONG_FIT);
    Set<String> director = asked("Who is the director of the space institute?");
    assertThat(who.fit("“We are ready,” said Ilse Marrow, the institute's director.", director, "")).isEqualTo(1);
    assertThat(who.fit("“Signal acquired!” said flight director Jonas Pell.", director, ""))
        .isLessThan(SentenceCandidate.STRONG_FIT);
  }

  @Test
  @DisplayName("who: the role must stand in the name's own clause, not after 'said'; 'spoke for' asks for a spokesperson")
  void whoRoleInTheNamesClause() {
    Set<String> runs = asked("Who runs the Dunmore ferry operator?");
    AnswerType who = AnswerType.of("Who runs the Dunmore ferry operator?");
    assertThat(who.fit("A union steward, Mr. Pavel Ruud, said the operator would lose money.", runs, ""))
        .isLessThan(SentenceCandidate.STRONG_FIT);
    assertThat(who.fit("Talks stalled, said Greta Lund of the ferry operator.", runs, "")).isEqualTo(1);
    Set<String> spoke = asked("Who spoke for the Dunmore ferry operator?");
    assertThat(who.fit("A company spokesman, Mr. Arne Voss, called the strike unlawful.", spoke, "")).isEqualTo(1);
  }

  @Test
  @DisplayName("where: 'which pier' asks a place; 'in the same town' points back and names none")
  void whichPlaceNoun() {
    assertThat(AnswerType.of("Which pier do the ferries leave from?")).isEqualTo(AnswerType.PLACE);
    // WordNet files a village under social groups too: "in which village" still asks where
    assertThat(AnswerType.of("In which village did the bakers open their warehouse?")).isEqualTo(AnswerType.PLACE);
    assertThat(AnswerType.of("Whereabouts in the hospital is the new ward?")).isEqualTo(AnswerType.PLACE);
    // "launch" is mostly a verb, yet names the kind of site
    assertThat(AnswerType.of("Which launch site was the probe to fly from?")).isEqualTo(AnswerType.PLACE);
    Set<String> asked = asked("Where was the record set?");
    assertThat(AnswerType.PLACE.fit("It beats the record set in the same town in 2019.", asked, "")).isLessThan(0.9);
    assertThat(AnswerType.PLACE.fit("It was measured on the fourth floor of the east wing.", asked, "")).isEqualTo(0.9);
  }

  @Test
  @DisplayName("where: a name that goes on past its place noun is a company or a body, no place")
  void placeNounEndsTheName() {
    Set<String> asked = asked("Where did the mediator hold the talks?");
    assertThat(AnswerType.PLACE.fit("Mr. Jon Sand of Osby Harbour Operators thanked the mediator.", asked, ""))
        .isLessThan(0.9);
    assertThat(AnswerType.PLACE.fit("The Osby City Council thanked the mediator.", asked, "")).isLessThan(0.9);
    assertThat(AnswerType.PLACE.fit("He met both sides at the Quayside Hotel in the afternoon.", asked, ""))
        .isEqualTo(1);
  }

  @Test
  @DisplayName("when: a date given up ('planned for 6 March, has been postponed') fits half as well, unless the plan is asked")
  void supersededDate() {
    String postponed = "The opening, planned for 6 March, has been postponed.";
    double now = AnswerType.TIME.fit(postponed, asked("When will the rink open?"), "");
    assertThat(now).isEqualTo(AnswerType.TIME.fit("The rink will open on 27 March.", asked("When will the rink open?"), "") / 2);
    assertThat(AnswerType.TIME.fit(postponed, asked("When was the rink originally supposed to open?"), ""))
        .isEqualTo(now * 2);
  }

  @Test
  @DisplayName("why: a causal cue gives a cause; 'is due to' a schedule and 'after a 14-month renovation' a time are weaker or none")
  void causeCues() {
    Set<String> asked = asked("Why is the bridge closing?");
    AnswerType why = AnswerType.of("Why is the bridge closing?");
    assertThat(why).isEqualTo(AnswerType.CAUSE);
    assertThat(why.fit("The bridge is due to reopen on 12 October.", asked, "")).isZero();
    assertThat(why.fit("The bridge closed due to cracks in two supports.", asked, "")).isEqualTo(0.8);
    assertThat(why.fit("The library reopened after a 14-month renovation.", asked, "")).isLessThan(0.8);
    // "after" behind a length of time dates the event and names no cause
    assertThat(why.fit("A new date was set, nearly three weeks after the original date was abandoned.", asked, ""))
        .isLessThan(why.fit("The launch was postponed after engineers found a faulty valve.", asked, ""));
    assertThat(why.fit("It reopened shortly after the storm.", asked, "")).isLessThan(0.6);
    assertThat(why.fit("The bakeries joined forces in an effort to survive rising costs.", asked, "")).isEqualTo(0.8);
    assertThat(why.fit("Inspectors found cracks in two of its supports.", asked, "")).isEqualTo(0.6);
    // what one thing forces on another: the old ward "had been full, forcing the hospital to send children away"
    assertThat(why.fit("The old bridge had been closed most winters, forcing drivers to take the coast road.", asked, ""))
        .isEqualTo(0.8);
    // what is found is no cause of itself
    assertThat(why.fit("Inspectors found cracks in two of its supports.", asked("What caused the cracks in the bridge?"),
        "")).isZero();
    // a causative "make" with the state it brings about
    Set<String> cheaper = asked("How come the new tiles are cheaper to make than clay ones?");
    assertThat(why.fit("They are pressed from recycled glass, which makes them about 40% cheaper to produce.", cheaper, ""))
        .isEqualTo(0.6);
    assertThat(why.fit("The works makes clay tiles for roofs.", cheaper, "")).isZero();
    // what will bring the asked event about, after a modal: a weak cue
    Set<String> flooded = asked("What is causing the square to get flooded?");
    assertThat(why.fit("Engineers said a blocked drain under the market would flood the square again.", flooded, ""))
        .isEqualTo(0.4);
    assertThat(why.fit("The square will host the market again.", flooded, "")).isZero();
    assertThat(AnswerType.of("What triggered the hosepipe ban?")).isEqualTo(AnswerType.CAUSE);
    assertThat(AnswerType.of("what held up the renovation of the library")).isEqualTo(AnswerType.CAUSE);
    assertThat(AnswerType.causeVerb("What held up the renovation?")).isEqualTo("held up");
    assertThat(AnswerType.causeVerb("What did the mayor say?")).isEmpty();
  }

  @Test
  @DisplayName("where: the named place the question asks about is not the answer ('the Kalvik Maritime Museum' for the museum's boat)")
  void askedPlaceIsNotTheAnswer() {
    Set<String> asked = asked("Where was the museum's old boat found?");
    AnswerType where = AnswerType.of("Where was the museum's old boat found?");
    assertThat(where.fit("The Kalvik Maritime Museum opened a hall for its old boat on Friday.", asked, "")).isLessThan(1);
    assertThat(where.fit("The boat was found on Marrow Beach in 2019.", asked, "")).isEqualTo(1);
  }

  @Test
  @DisplayName("where: a place described in lower case answers clearly ('on the fourth floor'); 'The hospital' opening a sentence is no named place")
  void describedPlace() {
    Set<String> asked = asked("Where in the Kalvik hospital is the new ward?");
    AnswerType where = AnswerType.of("Where in the Kalvik hospital is the new ward?");
    assertThat(where.fit("The ward, on the fourth floor of the new east wing, cost 38 million crowns.", asked, ""))
        .isGreaterThanOrEqualTo(SentenceCandidate.STRONG_FIT);
    assertThat(where.fit("Every room has a bed for a parent.", asked, "")).isLessThan(SentenceCandidate.STRONG_FIT);
    assertThat(where.fit("The hospital has hired 26 new nurses.", asked, "")).isLessThan(SentenceCandidate.STRONG_FIT);
  }

  @Test
  @DisplayName("where: the place of a record's scope (the highest ever measured in the region) is not where it happened")
  void recordScopeIsNoPlace() {
    Set<String> asked = asked("Where exactly was Hasvik's 41.2 degree reading taken?");
    String record = "Hasvik recorded 41.2 degrees on Monday, the highest ever measured in the Ostmark region, officials said.";
    String station = "The reading was taken at the weather station beside Hasvik airfield.";
    assertThat(AnswerType.PLACE.fit(record, asked, "")).isLessThan(0.9);
    assertThat(AnswerType.PLACE.fit(station, asked, "")).isEqualTo(1.0);
    assertThat(AnswerType.PLACE.fit("It is now the busiest ferry port on the Ostmark coast.", asked, "")).isLessThan(0.9);
    assertThat(AnswerType.PLACE.fit("It was the most visited museum in Ostmark last year.", asked, "")).isLessThan(0.9);
    // a superlative that is the subject of a place does not make it a scope
    assertThat(AnswerType.PLACE.fit("The nearest shelter is at Marlow Community School.", asked, "")).isEqualTo(1.0);
    assertThat(AnswerType.PLACE.fit("Most residents in Ostmark Ford left by boat.", asked, "")).isGreaterThanOrEqualTo(0.9);
    // "-est" that is no ending
    assertThat(AnswerType.PLACE.fit("The guest speaker arrived in Ostmark.", asked, "")).isGreaterThanOrEqualTo(0.9);
    assertThat(AnswerType.PLACE.fit("The honest answer came in Ostmark.", asked, "")).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  @DisplayName("where is the library: a room of the library is a part of it, not its place; where the final was played, it is")
  void partOfTheThingLocated() {
    String question = "Where is the Hasvik library located?";
    Set<String> located = AnswerType.locatedThing(question);
    assertThat(located).containsExactly("hasvik", "library");
    assertThat(AnswerType.locatedThing("Where in Hasvik is the library building?")).containsExactly("library", "building");
    assertThat(AnswerType.locatedThing("Where was the chess final played?")).isEmpty();
    assertThat(AnswerType.locatedThing("Who runs the Hasvik library?")).isEmpty();
    Set<String> asked = asked(question);
    String room = "The final was played in the back room of the Hasvik library on Sunday.";
    assertThat(AnswerType.PLACE.fit(room, asked, "")).isGreaterThanOrEqualTo(0.9);
    assertThat(AnswerType.PLACE.fit(AnswerType.withoutPartsOf(room, located), asked, "")).isLessThan(0.5);
    String square = "The 1930 building on Mill Square has a new roof.";
    assertThat(AnswerType.withoutPartsOf(square, located)).isEqualTo(square);
    // the part of another thing stays: the ward is on the fourth floor of the east wing
    String wing = "The ward is on the fourth floor of the new east wing.";
    assertThat(AnswerType.withoutPartsOf(wing, AnswerType.locatedThing("Where is the new ward?"))).isEqualTo(wing);
  }

  @Test
  @DisplayName("'which researcher', 'what firm' ask who (WordNet files the noun under person or organisation); 'which year' and 'what does' do not")
  void whichPersonNoun() {
    assertThat(AnswerType.of("Which researcher led the fox study?")).isEqualTo(AnswerType.PERSON);
    assertThat(AnswerType.of("What charity got the money?")).isEqualTo(AnswerType.PERSON);
    assertThat(AnswerType.of("Which year was the bridge built?")).isNotEqualTo(AnswerType.PERSON);
    assertThat(AnswerType.of("What does an adult ticket cost?")).isNotEqualTo(AnswerType.PERSON);
    assertThat(AnswerType.of("Which rocket carried the probe?")).isNotEqualTo(AnswerType.PERSON);
    // "name the X" asks as "which X" does
    assertThat(AnswerType.kindNoun("Name the manufacturer of the faulty valve.")).isEqualTo("manufacturer");
    assertThat(AnswerType.of("Name the manufacturer of the faulty valve.")).isEqualTo(AnswerType.PERSON);
    assertThat(AnswerType.of("Tell me the name of the company that built the pier.")).isEqualTo(AnswerType.PERSON);
    // a conjunction ends the noun: "party or group" asks for a party ("or" is no operating room)
    assertThat(AnswerType.kindNoun("which party or group is Ms. Lund with")).isEqualTo("party");
    assertThat(AnswerType.of("which party or group is Ms. Lund with")).isEqualTo(AnswerType.PERSON);
  }

  @Test
  @DisplayName("who: 'the Port of Harwick' is a place (the head comes before 'of'), not who did it")
  void headBeforeOf() {
    Set<String> asked = asked("Who runs Harwick Operators?");
    AnswerType who = AnswerType.of("Who runs Harwick Operators?");
    assertThat(who.fit("Dock workers at the Port of Harwick voted to strike on Monday.", asked, "")).isLessThan(0.4);
    assertThat(who.fit("The University of Meridian runs the study.", asked, "")).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  @DisplayName("'Who is Maren Holtby?' asks what the named person is, not for another person")
  void whoIsANamedPerson() {
    assertThat(AnswerType.of("Who is Maren Holtby?")).isEqualTo(AnswerType.ANY);
    assertThat(AnswerType.of("Who was Dr. Lena Vik")).isEqualTo(AnswerType.ANY);
    assertThat(AnswerType.of("Who is the mayor of Northfield?")).isEqualTo(AnswerType.PERSON);
    assertThat(AnswerType.of("Who is Northfield's new mayor?")).isEqualTo(AnswerType.PERSON);
  }

  @Test
  @DisplayName("how many: a count of what is asked fits best, a share less, a sum or a volume beside it not at all")
  void countNotSumOrVolume() {
    AnswerType many = AnswerType.of("How many households were fined?");
    Set<String> asked = asked("How many households were fined?");
    assertThat(many.fit("Fines of up to 2,000 crowns can be issued to households.", asked, "households")).isLessThan(0.4);
    assertThat(many.fit("Water use reached 310 million litres, mostly by households.", asked, "households")).isLessThan(0.4);
    assertThat(many.fit("So far 112 households have been fined.", asked, "households")).isEqualTo(1);
    Set<String> votes = asked("How many votes did she get?");
    assertThat(many.fit("She won 52.7% of the vote.", votes, "votes"))
        .isLessThan(many.fit("She received 18,412 votes.", votes, "votes"));
    Set<String> metres = asked("How many metres of track were laid?");
    assertThat(many.fit("Crews laid 120 metres of track.", metres, "metres")).isEqualTo(1);
  }

  @Test
  @DisplayName("who: the doer of the question's own verb ('presented by …') and a role named in other words ('chief' for 'boss') stand beside the name")
  void doerAndRoleInOtherWords() {
    Set<String> presented = asked("Who presented the plan to extend the Osterby ferry line?");
    assertThat(PersonFit.fit("The proposal, presented by harbour director Dr. Ida Strand, adds two stops.", presented)).isEqualTo(1);
    assertThat(PersonFit.fit("Osterby Council approved the ferry plan on Monday.", presented)).isLessThan(1);
    // whose race: a possessive the question lacks says the doer is another's
    Set<String> women = asked("Who won the women's race at the Osterby regatta?");
    assertThat(PersonFit.fit("The men's race was won by Daniel Berg in 41 minutes.", women)).isLessThan(1);
    assertThat(PersonFit.fit("The race was won by Daniel Berg in 41 minutes.", women)).isEqualTo(1);
    Set<String> boss = asked("Who is the Nordvik Marine boss who apologised?");
    assertThat(PersonFit.fit("Hours later, chief executive Mira Holm apologised.", boss)).isEqualTo(1);
    assertThat(PersonFit.fit("Mira Holm apologised on Monday.", boss)).isLessThan(1);
    // the workers of "the dock workers' union" are no role asked ("independent" is a kind of worker)
    Set<String> union = asked("Who leads the dock workers' union in Osterby?");
    assertThat(PersonFit.fit("Talks resumed under an independent mediator, J. R. Berg, on Friday.", union)).isLessThan(1);
  }

  @Test
  @DisplayName("how long: a length of another dimension (a height, a distance, metres deep) fits below a length")
  void lengthIsNoHeight() {
    AnswerType many = AnswerType.of("How long is the asteroid?");
    Set<String> asked = asked("How long is the asteroid?");
    double height = many.fit("The probe will orbit at a height of about 50 kilometres.", asked, "");
    assertThat(height).isLessThan(0.9);
    assertThat(many.fit("The probe was 300 km away when it took the pictures.", asked, "")).isLessThan(0.9);
    assertThat(many.fit("The pictures show an asteroid about 4.2 km long.", asked, "")).isEqualTo(1);
    // a distance beside a length: the length answers
    assertThat(many.fit("Taken from a distance of 1,850 kilometres, they show an asteroid 4.2 km long.", asked, ""))
        .isEqualTo(1);
    assertThat(many.fit("The tunnel is 2.5 kilometres.", asked, "")).isEqualTo(1);
  }

  @Test
  @DisplayName("what is the mass / weight of: a number with a unit of mass answers, another number does not")
  void massAsked() {
    String question = "What is the estimated mass of the asteroid?";
    assertThat(AnswerType.of(question)).isEqualTo(AnswerType.QUANTITY);
    Set<String> asked = asked(question);
    assertThat(AnswerType.QUANTITY.fit("The images show an asteroid about 4.2 km long.", asked, "")).isLessThan(0.4);
    assertThat(AnswerType.QUANTITY.fit("The asteroid 2291 Velen was found in 1998.", asked, "")).isLessThan(0.4);
    assertThat(AnswerType.QUANTITY.fit("Its mass is put at about 60 million tonnes.", asked, "")).isEqualTo(1);
  }

  @Test
  @DisplayName("what is the population of: a number of residents answers, a count of other people does not")
  void populationAsked() {
    String question = "What is the population of Osterby?";
    assertThat(AnswerType.of(question)).isEqualTo(AnswerType.QUANTITY);
    Set<String> asked = asked(question);
    assertThat(AnswerType.QUANTITY.fit("The factory in Osterby will employ 85 people.", asked, "")).isLessThan(0.4);
    assertThat(AnswerType.QUANTITY.fit("The ferry gives the town's 1,400 residents a link to the mainland.", asked, ""))
        .isLessThan(0.4);
    Set<String> island = asked("What is the population of Gull Island?");
    assertThat(AnswerType.QUANTITY.fit("The ferry gives the island's 1,400 residents a link to the mainland.", island, ""))
        .isEqualTo(1);
    assertThat(AnswerType.QUANTITY.fit("Osterby has a population of about 12,000.", asked, "")).isEqualTo(1);
    // some of the residents are no population
    assertThat(AnswerType.QUANTITY.fit("About 740 residents were moved to safety in Osterby.", asked, "")).isLessThan(0.4);
  }

  @Test
  @DisplayName("'how many people live in' a place asks for its population; how many live somewhere else does not")
  void liveInAsksPopulation() {
    assertThat(QuantityFit.asksPopulation("How many people live in Osterby?")).isTrue();
    assertThat(QuantityFit.asksPopulation("how many residents live on the island")).isTrue();
    assertThat(QuantityFit.asksPopulation("How many inhabitants does Osterby have?")).isTrue();
    assertThat(QuantityFit.asksPopulation("How many people still live in temporary accommodation?")).isFalse();
    assertThat(QuantityFit.asksPopulation("How many people live in caravans?")).isFalse();
    assertThat(QuantityFit.asksPopulation("How many people attended the hearing in Osterby?")).isFalse();
  }

  @Test
  @DisplayName("'which company' asks for a body: a name with a personal title or initials fits below a typed answer")
  void bodyIsNoPerson() {
    Set<String> asked = asked("Which company will repair the Osterby pier?");
    assertThat(PersonFit.fit("Engineer Mr. P. T. Lasker said the work would take a year.", asked, true)).isLessThan(0.4);
    assertThat(PersonFit.fit("J. R. Okafor will lead the work.", asked, true)).isLessThan(0.4);
    assertThat(PersonFit.fit("The work will be done by Nordvik Marine.", asked, true)).isGreaterThanOrEqualTo(0.85);
    // a question that asks for a person takes her
    assertThat(PersonFit.fit("Engineer Mr. P. T. Lasker said the work would take a year.", asked, false)).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  @DisplayName("how many: the day of a date, a length of time, a share and a change in size count nothing asked")
  void numbersThatCountNothingAsked() {
    String homes = "How many homes were evacuated in Osterby?";
    AnswerType type = AnswerType.of(homes);
    assertThat(type.fit("The road will close from 3 August.", asked(homes), "homes")).isLessThan(0.4);
    assertThat(type.fit("The road will reopen on September 4.", asked(homes), "homes")).isLessThan(0.4);
    assertThat(type.fit("The storm lasted for fifteen days.", asked(homes), "homes")).isLessThan(0.4);
    assertThat(type.fit("About 300 homes were evacuated.", asked(homes), "homes")).isEqualTo(1);
    String people = "How many people died in the heatwave?";
    assertThat(type.fit("The reservoir fell to 58% of capacity.", asked(people), "people")).isLessThan(0.4);
    assertThat(type.fit("The harvest will be 22% smaller than last year.", asked(people), "people")).isLessThan(0.4);
    assertThat(type.fit("The storms dropped 31 millimetres of rain.", asked(people), "people")).isLessThan(0.4);
    assertThat(type.fit("Potato yields will fall by about 15%.", asked(people), "people")).isLessThan(0.4);
    // a share of those counted says what share, not how many: below a typed answer ("how many votes did
    // Dunmore get?" is not answered by "won 38.9%")
    String members = "How many members backed the strike?";
    assertThat(type.fit("The strike was backed by 87.4% of members.", asked(members), "members")).isLessThan(0.4);
    assertThat(type.fit("In all, 87.4% backed the strike.", asked(members), "members")).isLessThan(0.4);
    assertThat(type.fit("In all, 1,100 members backed the strike.", asked(members), "members")).isEqualTo(1);
    // a question that counts days is answered by them
    String days = "How many days did the heatwave last?";
    assertThat(type.fit("It ended after fifteen days.", asked(days), "days")).isGreaterThanOrEqualTo(0.5);
  }

  @Test
  @DisplayName("a question after a statement ('… sent back to its maker - which company made it?') is read from its asking clause")
  void askingClause() {
    assertThat(AnswerType.of("The faulty valve is going back to its maker - which company made it?"))
        .isEqualTo(AnswerType.PERSON);
    assertThat(AnswerType.of("The new ferry to the island, when does it start?")).isEqualTo(AnswerType.TIME);
    assertThat(AnswerType.asking("the valve is going back - which company made it?")).isEqualTo("which company made it?");
  }

  @Test
  @DisplayName("'how hot' asks for degrees and 'how heavy' for a weight; 'by how much … in the hot spell' asks neither")
  void temperatureAndWeight() {
    AnswerType hot = AnswerType.of("How hot did it get in Lunde?");
    Set<String> asked = asked("How hot did it get in Lunde?");
    assertThat(hot.fit("Lunde recorded 36.2 degrees on Thursday.", asked, ""))
        .isGreaterThan(hot.fit("The runner pulled away at the 35-kilometre mark near Lunde.", asked, ""));
    Set<String> heavy = asked("How heavy is the ship?");
    assertThat(hot.fit("The ship weighs about 11 tonnes.", heavy, ""))
        .isGreaterThan(hot.fit("The ship is 30 metres long.", heavy, ""));
    Set<String> shrink = asked("By how much did the harvest shrink in the hot spell?");
    assertThat(hot.fit("The grain harvest will be 22% smaller.", shrink, "")).isEqualTo(1);
  }

  @Test
  @DisplayName("a sum is of another kind when the question names one kind and the sentence only others")
  void moneyOfAnotherKind() {
    Set<String> cost = Set.of("how", "much", "will", "the", "factory", "cost", "to", "build");
    assertThat(MoneyRole.other(cost, "The firm has raised 48 million crowns from investors to build its factory.")).isTrue();
    assertThat(MoneyRole.other(cost, "The factory will cost 48 million crowns to build.")).isFalse();
    // a bid is what the work would cost
    assertThat(MoneyRole.other(cost, "Halvard Rail submitted a bid of 168.5 million crowns.")).isFalse();
    // paying people is a wage: a penalty the company must pay, or its bid, is another kind of sum
    Set<String> wage = Set.of("how", "much", "did", "halvard", "rail", "pay", "its", "workers");
    assertThat(MoneyRole.other(wage, "Halvard Rail must pay a penalty of 45,000 crowns a day.")).isTrue();
    assertThat(MoneyRole.other(wage, "Halvard Rail submitted a bid of 168.5 million crowns.")).isTrue();
    assertThat(MoneyRole.other(wage, "Halvard Rail pays its workers a wage of 32,000 crowns a month.")).isFalse();
    // what is paid for a player is a fee, not a wage
    assertThat(MoneyRole.other(Set.of("how", "much", "did", "they", "pay", "for", "the", "striker"),
        "They must pay a penalty of 5,000 crowns.")).isFalse();
    // a sentence that names no kind of sum is left to the other rules
    assertThat(MoneyRole.other(cost, "The firm announced 168.5 million crowns.")).isFalse();
    // a question that names none, or two, is too
    assertThat(MoneyRole.other(Set.of("how", "much", "did", "they", "get"), "They raised 5 million crowns.")).isFalse();
    assertThat(MoneyRole.other(Set.of("prize", "money", "raised"), "The race raised 480,000 crowns.")).isFalse();
    assertThat(MoneyRole.other(Set.of("how", "much", "prize", "money"), "The race raised 480,000 crowns.")).isTrue();
  }

  @Test
  @DisplayName("a describing compound before a name is not part of it: the person asked about is no answer about them")
  void describedNameIsTheNameAsked() {
    Set<String> asked = Set.of("who", "did", "lina", "havel", "play", "in", "the", "last", "round");
    assertThat(PersonFit.fit("Twelve-year-old Lina Havel has won the youth title.", asked)).isZero();
    assertThat(PersonFit.fit("Twelve-year-old Lina Havel beat Erik Moen in the last round.", asked)).isPositive();
  }

  @Test
  @DisplayName("the subject of a why-question is the noun phrase after its auxiliary")
  void causeSubject() {
    assertThat(AnswerType.causeSubject("Why did the fuel valve on the Kestrel-2 rocket fail to close?")).isEqualTo("fuel valve");
    assertThat(AnswerType.causeSubject("Why was Tomas Eriksen only brought on as a substitute?")).isEqualTo("Tomas Eriksen");
    assertThat(AnswerType.causeSubject("Why are puffin numbers falling on the cliffs?")).isEqualTo("puffin numbers");
    assertThat(AnswerType.causeSubject("Why did the council raise fees?")).isEqualTo("council");
    assertThat(AnswerType.causeSubject("How did the fire start?")).isEmpty();
  }
}
