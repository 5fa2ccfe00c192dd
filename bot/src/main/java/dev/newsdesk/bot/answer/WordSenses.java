package dev.newsdesk.bot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * What an English word can mean, from WordNet 3.1 (Princeton University, read through extjwnl from
 * the data jar on the class path): whether it names a thing or a quality rather than an action, and
 * the words that say the same or nearly the same ("kids" → child, "fine" → penalty, "scheme" →
 * programme, "roam" → travel). Loading the dictionary takes about 2 s and 50 MB of heap, once per
 * process, on first use. Thread-safe; answers are cached.
 */
public final class WordSenses {

  /** The senses of a noun or adjective read: the commonest first, rare senses left out. */
  private static final int SENSES = 4;
  /** Verbs have many loose senses ("arrest" also means to stop): fewer are read. */
  private static final int VERB_SENSES = 2;
  /** A word whose noun senses are tagged at least this often is a thing even when its verb is commoner ("hearing"). */
  private static final int NOUN_EVIDENCE = 5;

  private static volatile WordSenses shared;

  private final Dictionary dictionary;
  private final Map<String, Boolean> things = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> related = new ConcurrentHashMap<>();
  /** Each verb's irregular forms by its dictionary form ("spend" → spent), read from WordNet's exception list on first use. */
  private Map<String, List<String>> irregularForms;

  private WordSenses(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * The one dictionary of the process, loaded on first call.
   *
   * @throws IllegalStateException when the WordNet data jar is missing or unreadable
   */
  public static WordSenses shared() {
    WordSenses local = shared;
    if (local == null) {
      synchronized (WordSenses.class) {
        local = shared;
        if (local == null) {
          try {
            local = new WordSenses(Dictionary.getDefaultResourceInstance());
          } catch (JWNLException e) {
            throw new IllegalStateException("cannot read the WordNet data on the class path: " + e.getMessage(), e);
          }
          shared = local;
        }
      }
    }
    return local;
  }

  /**
   * Whether the word, as written, names a thing ("fire", "hearing", "regatta") or relates to one
   * ("national"), rather than an action ("held", "announce", "won"), a grade ("big") or a function
   * word ("during"): its noun senses are tagged in WordNet's sense-tagged corpus at least as often as
   * its verb senses, or it is an adjective with a pertainym. A word WordNet does not know is not.
   */
  public boolean isThing(String word) {
    return things.computeIfAbsent(word.toLowerCase(Locale.ROOT), this::judgeThing);
  }

  /**
   * The lower-case lemmas that share a common sense with the word or stand one step above it
   * (synonyms, hypernyms, derived and similar words), and, for a noun's commonest sense, one step
   * below ("plant" → factory); the word's own base forms included; multi-word lemmas are left out.
   * Empty for a word WordNet does not know.
   */
  public Set<String> related(String word) {
    return related.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> collectRelated(w, POS.getAllPOS(), SENSES));
  }

  /**
   * The single-word lemmas that name a kind of what the word names as a thing: the direct hyponyms of
   * its {@value #KIND_SENSES} commonest noun senses, each kept only where that kind is one of the
   * lemma's own {@value #KIND_SENSES} commonest noun senses ("penalty" → fine, forfeit; "strike" →
   * walkout; "award" → prize, trophy, medal, but not "crown", which is first a coin or a monarch). The
   * direction an answer may take: an article that says a company was fined tells of a penalty, while one
   * that tells of a penalty need not tell of a fine. Empty for a word WordNet does not know as a noun.
   */
  public Set<String> narrower(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return related.computeIfAbsent("narrower:" + lower, key -> {
      Set<String> out = new HashSet<>();
      synchronized (dictionary) {
        for (Synset sense : commonNounSenses(lower, KIND_SENSES)) {
          for (Pointer pointer : sense.getPointers(PointerType.HYPONYM)) {
            try {
              Synset kind = pointer.getTargetSynset();
              for (Word w : kind.getWords()) {
                String lemma = w.getLemma().toLowerCase(Locale.ROOT);
                if (lemma.indexOf(' ') < 0 && commonNounSenses(lemma, KIND_SENSES).contains(kind)) {
                  out.add(lemma);
                }
              }
            } catch (JWNLException e) {
              // an unreadable pointer adds nothing
            }
          }
        }
      }
      return Set.copyOf(out);
    });
  }

  /** The noun senses of each word read for {@link #narrower}: a rarer sense's kind misleads ("crown" as a coin). */
  private static final int KIND_SENSES = 2;

  /** Adds the lemmas of the sense's direct hypernyms. */
  private static void addBroader(Synset sense, Set<String> out) {
    for (Pointer pointer : sense.getPointers(PointerType.HYPERNYM)) {
      try {
        addLemmas(pointer.getTargetSynset(), out);
      } catch (JWNLException e) {
        // an unreadable pointer adds nothing
      }
    }
  }

  /**
   * The first {@code count} noun senses of each of the word's base forms, the commonest first. Called
   * holding the dictionary's lock.
   */
  private List<Synset> commonNounSenses(String word, int count) {
    List<Synset> out = new java.util.ArrayList<>();
    for (String base : baseForms(POS.NOUN, word)) {
      IndexWord entry = lookup(POS.NOUN, base);
      if (entry != null) {
        List<Synset> senses = entry.getSenses();
        out.addAll(senses.subList(0, Math.min(count, senses.size())));
      }
    }
    return out;
  }

  /**
   * As {@link #related}, through the commonest sense of the word as a verb only: a word no article
   * holds must be matched by what it usually means ("collapse" is to fall down, not to crack up as
   * in its second sense, which the cracks found in a bridge would otherwise match).
   */
  public Set<String> relatedAsAction(String word) {
    return related.computeIfAbsent("action:" + word.toLowerCase(Locale.ROOT),
        key -> collectRelated(word.toLowerCase(Locale.ROOT), List.of(POS.VERB), 1));
  }

  /**
   * Whether the word is a verb whose commonest sense (as written or in its base form) takes an object
   * by its WordNet 3.1 sentence frames ("Somebody ----s something", "Somebody ----s somebody"):
   * "slap", "cast", "hand" do; "die", "collapse", "overflow" do not. False for a word WordNet does
   * not know as a verb.
   */
  public boolean takesObject(String word) {
    return cachedAnswer("object:", word, lower -> baseForms(POS.VERB, lower).stream().map(base -> lookup(POS.VERB, base))
        .filter(entry -> entry != null && !entry.getSenses().isEmpty()).findFirst()
        .map(entry -> java.util.Arrays.stream(entry.getSenses().get(0).getVerbFrames())
            .anyMatch(frame -> OBJECT_FRAME.matcher(frame).find()))
        .orElse(false));
  }

  /** A WordNet sentence frame with an object after the verb: "----s something", "----s somebody". */
  private static final java.util.regex.Pattern OBJECT_FRAME = java.util.regex.Pattern.compile("----s (?:something|somebody)");

  /**
   * Whether the word, as a verb, has so many senses in WordNet 3.1 ({@value #VAGUE_VERB_SENSES} or
   * more: "go" 30, "pass" 25, "take" 42) that sharing a sense with it says nothing: "die" shares one
   * with "go", which every other article holds.
   */
  public boolean isVagueVerb(String word) {
    // as written or in its base form ("going" is "go")
    return cachedAnswer("vague:", word, lower -> baseForms(POS.VERB, lower).stream().map(base -> lookup(POS.VERB, base))
        .anyMatch(entry -> entry != null && entry.getSenses().size() >= VAGUE_VERB_SENSES));
  }

  /**
   * A yes-or-no answer about a word, read from the dictionary once (under its lock, which extjwnl
   * needs) and cached under {@code kind} and the word in lower case.
   */
  private boolean cachedAnswer(String kind, String word, java.util.function.Predicate<String> read) {
    String lower = word.toLowerCase(Locale.ROOT);
    return things.computeIfAbsent(kind + lower, key -> {
      synchronized (dictionary) {
        return read.test(lower);
      }
    });
  }

  /** The senses a verb has at least when it is too vague to relate two words. */
  private static final int VAGUE_VERB_SENSES = 20;

  /**
   * Whether WordNet knows the word only as an adverb ("exactly", "originally"): it says how, not
   * what, so the article need not repeat it.
   */
  public boolean isOnlyAdverb(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return things.computeIfAbsent("adverb:" + lower, key -> {
      synchronized (dictionary) {
        boolean adverb = false;
        for (POS pos : POS.getAllPOS()) {
          for (String base : baseForms(pos, lower)) {
            if (lookup(pos, base) != null) {
              if (pos != POS.ADVERB) {
                return false;
              }
              adverb = true;
            }
          }
        }
        return adverb;
      }
    });
  }

  /**
   * The one-word lemmas two steps above the commonest noun sense of the word where the step between
   * names the sense only in words of a phrase ("scheme" → plan of action → plan, programme): WordNet
   * 3.1 writes many abstract kinds so, and {@link #related} leaves phrases out. Only for what is not a
   * physical thing: a bird's or a tool's phrase is a real kind of its own ("gannet" → pelecaniform
   * seabird, not any seabird). Empty when the word has no such sense.
   */
  public Set<String> relatedAbovePhrase(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return related.computeIfAbsent("abovePhrase:" + lower, key -> {
      Set<String> out = new HashSet<>();
      synchronized (dictionary) {
        for (String base : baseForms(POS.NOUN, lower)) {
          IndexWord entry = lookup(POS.NOUN, base);
          if (entry == null || entry.getSenses().isEmpty()) {
            continue;
          }
          for (Pointer pointer : entry.getSenses().get(0).getPointers(PointerType.HYPERNYM)) {
            try {
              Synset phrase = pointer.getTargetSynset();
              if (phrase.getWords().stream().allMatch(w -> w.getLemma().indexOf(' ') >= 0)
                  && !reaches(phrase, PHYSICAL_ROOTS, 0)) {
                for (Pointer above : phrase.getPointers(PointerType.HYPERNYM)) {
                  addLemmas(above.getTargetSynset(), out);
                }
              }
            } catch (JWNLException e) {
              // an unreadable pointer adds nothing
            }
          }
        }
      }
      return Set.copyOf(out);
    });
  }

  private static final Set<String> PHYSICAL_ROOTS = Set.of("physical entity");

  /**
   * As {@link #related}, through the word's noun and adjective senses only: a thing named in a
   * question ("the bridge to Gull Island") is not related to what the verb of the same spelling
   * means ("to bridge": link, connect).
   */
  public Set<String> relatedAsThing(String word) {
    String open = closedCompound(word);
    if (!open.isEmpty()) {
      return relatedCompound(open); // "heatwave" as "heat wave": hot spell, heatwave
    }
    return related.computeIfAbsent("thing:" + word.toLowerCase(Locale.ROOT),
        key -> collectRelated(word.toLowerCase(Locale.ROOT), List.of(POS.NOUN, POS.ADJECTIVE), SENSES));
  }

  /**
   * The lemmas related to a two-word compound WordNet lists as one entry, written open, closed or
   * hyphenated ("dock workers" → docker, longshoreman; "grown-up" → adult), as {@link #related}
   * gives them; empty when WordNet has no such compound.
   */
  public Set<String> relatedCompound(String twoWords) {
    String compound = twoWords.toLowerCase(Locale.ROOT).strip();
    return related.computeIfAbsent("compound:" + compound, key -> {
      Set<String> out = new HashSet<>();
      String[] parts = compound.split("[ -]", 2);
      if (parts.length < 2) {
        return Set.of();
      }
      synchronized (dictionary) {
        for (String base : compoundBases(parts[0], parts[1])) {
          out.addAll(collectRelated(base, POS.getAllPOS(), SENSES));
        }
      }
      return Set.copyOf(out);
    });
  }

  /**
   * The lemmas related (as {@link #related} gives them, through the commonest verb senses) to a verb of
   * two words WordNet lists as one ("blast off" → launch, "walking out" → strike, "handed out" →
   * distribute, give), its first word in any form; empty when the two words are no such verb.
   */
  public Set<String> relatedPhrasalVerb(String twoWords) {
    String phrase = twoWords.toLowerCase(Locale.ROOT).strip();
    return related.computeIfAbsent("phrasal:" + phrase, key -> {
      if (phrase.indexOf(' ') < 0) {
        return Set.of();
      }
      Set<String> out = new HashSet<>();
      synchronized (dictionary) {
        for (String base : baseForms(POS.VERB, phrase)) {
          if (base.indexOf(' ') > 0 && lookup(POS.VERB, base) != null) {
            out.addAll(collectRelated(base, List.of(POS.VERB), VERB_SENSES));
          }
        }
        // its own words say only what they say alone ("walking", "walk", "out")
        for (String part : phrase.split(" ")) {
          out.remove(part);
          out.removeAll(baseForms(POS.VERB, part));
        }
      }
      out.removeIf(lemma -> lemma.indexOf(' ') >= 0);
      return Set.copyOf(out);
    });
  }

  /**
   * Whether a hyphenated word of two parts names a thing WordNet lists as one noun, written closed,
   * open or hyphenated ("semi-final" → semifinal, "vice-president" → vice president): a kind of its
   * second part that the second part alone does not name.
   */
  public boolean isCompoundNoun(String first, String second) {
    String a = first.toLowerCase(Locale.ROOT);
    String b = second.toLowerCase(Locale.ROOT);
    return things.computeIfAbsent("compound:" + a + "-" + b, key -> {
      synchronized (dictionary) {
        return !compoundBases(a, b).isEmpty();
      }
    });
  }

  /**
   * The lemmas that share a sense with a two-word compound WordNet lists as one noun, written open,
   * closed or hyphenated ("grown-up" → adult, grownup): other words for the same thing, nothing
   * broader or narrower. Empty when WordNet has no such compound.
   */
  public Set<String> compoundSynonyms(String first, String second) {
    String a = first.toLowerCase(Locale.ROOT);
    String b = second.toLowerCase(Locale.ROOT);
    return related.computeIfAbsent("synonyms:" + a + "-" + b, key -> {
      Set<String> out = new HashSet<>();
      synchronized (dictionary) {
        for (String base : compoundBases(a, b)) {
          for (Synset sense : lookup(POS.NOUN, base).getSenses()) {
            addLemmas(sense, out);
          }
        }
      }
      return Set.copyOf(out);
    });
  }

  /**
   * The two words of a word WordNet does not list but lists as one noun when written open or
   * hyphenated ("heatwave" → "heat wave", "heatwaves" → "heat waves"), as "first second"; empty when
   * there is none. Both parts have at least three letters.
   */
  String closedCompound(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return related.computeIfAbsent("closed:" + lower, key -> {
      synchronized (dictionary) {
        for (POS pos : POS.getAllPOS()) {
          for (String base : baseForms(pos, lower)) {
            if (lookup(pos, base) != null) {
              return Set.of();
            }
          }
        }
        for (int i = 3; i <= lower.length() - 3; i++) {
          String first = lower.substring(0, i);
          String second = lower.substring(i);
          if (first.chars().allMatch(Character::isLetter) && second.chars().allMatch(Character::isLetter)
              && !compoundBases(first, second).isEmpty()) {
            return Set.of(first + " " + second);
          }
        }
        return Set.of();
      }
    }).stream().findFirst().orElse("");
  }

  /**
   * The base forms WordNet lists as one noun for two words written closed, open or hyphenated
   * ("grown-ups" → grownup). WordNet's tokenizer also returns each part alone ("flood-hit" → flood,
   * hit); those name no compound and are left out.
   */
  private List<String> compoundBases(String a, String b) {
    List<String> out = new ArrayList<>();
    for (String form : List.of(a + b, a + " " + b, a + "-" + b)) {
      for (String base : baseForms(POS.NOUN, form)) {
        String joined = base.replace(" ", "").replace("-", "");
        if (joined.startsWith(a) && joined.length() > a.length() + 1 && !out.contains(base)
            && lookup(POS.NOUN, base) != null) {
          out.add(base);
        }
      }
    }
    return out;
  }

  /**
   * Whether two nouns name different kinds of one thing: their commonest senses share a direct
   * hypernym and neither word is related to the other ("autumn" and "spring" are both seasons;
   * "euro" and "crown" both currencies). Such words are close as vectors but do not paraphrase.
   */
  public boolean contrasting(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.equals(y) || related(x).contains(y) || related(y).contains(x)) {
      return false;
    }
    Set<Long> above = hypernyms(x);
    above.retainAll(hypernyms(y));
    return !above.isEmpty();
  }

  private Set<Long> hypernyms(String word) {
    Set<Long> out = new HashSet<>();
    synchronized (dictionary) {
      for (Synset sense : commonNounSenses(word, 2)) {
        for (Pointer pointer : sense.getPointers(PointerType.HYPERNYM)) {
          try {
            out.add(pointer.getTargetOffset());
          } catch (JWNLException e) {
            // an unreadable pointer adds nothing
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether the commonest noun sense of the word, or a second sense tagged at least half as often
   * ("bank": a river's, a lender), is a kind of person or of organisation in WordNet's hypernym
   * hierarchy ("researcher", "striker", "firm", "charity", "bank"), not a thing ("year", "rocket").
   */
  public boolean isPersonOrBodyNoun(String word) {
    return cachedAnswer("who:", word, lower -> {
      for (String base : baseForms(POS.NOUN, lower)) {
        IndexWord entry = lookup(POS.NOUN, base);
        if (entry == null || entry.getSenses().isEmpty()) {
          continue;
        }
        // the commonest sense, and one used about as often ("bank": the river's, and the lender)
        List<Synset> senses = entry.getSenses();
        int first = useCount(senses.get(0), base);
        for (int i = 0; i < Math.min(2, senses.size()); i++) {
          if ((i == 0 || useCount(senses.get(i), base) * 2 >= first && first > 0) && reaches(senses.get(i), WHO_ROOTS, 0)) {
            return true;
          }
        }
      }
      return false;
    });
  }

  /**
   * Whether the commonest noun sense of the word is a kind of organisation and not of person in
   * WordNet's hypernym hierarchy ("company", "firm", "charity", "club"; not "architect", "mayor"):
   * a person named with a title ("Mr. P. T. Lasker") does not answer "which company".
   */
  public boolean isBodyNoun(String word) {
    return cachedAnswer("body:", word, lower -> {
      for (String base : baseForms(POS.NOUN, lower)) {
        IndexWord entry = lookup(POS.NOUN, base);
        if (entry != null && !entry.getSenses().isEmpty()) {
          Synset first = entry.getSenses().get(0);
          return reaches(first, BODY_ROOTS, 0) && !reaches(first, PERSON_ROOTS, 0);
        }
      }
      return false;
    });
  }

  /**
   * Whether the word's commonest noun sense is a person or people in general ("people", "persons",
   * "individuals", or a direct kind of people: "folks"), naming no role: "400 people" came to a hearing, but they are no tram's passengers.
   */
  public boolean isAnyPerson(String word) {
    return cachedAnswer("anyone:", word, lower -> {
      for (Synset first : commonNounSenses(lower, 1)) {
        for (Word w : first.getWords()) {
          if (ANY_PERSON.contains(w.getLemma().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
        // "folks": people in general, a kind of "people" (a worker is a kind of person, not of people)
        Set<String> above = new HashSet<>();
        addBroader(first, above);
        if (above.contains("people")) {
          return true;
        }
      }
      return false;
    });
  }

  private static final Set<String> ANY_PERSON = Set.of("person", "people", "individual");
  private static final Set<String> WHO_ROOTS = Set.of("person", "organization", "organisation", "social group");
  private static final Set<String> BODY_ROOTS = Set.of("organization", "organisation", "social group");
  private static final Set<String> PERSON_ROOTS = Set.of("person");

  private boolean reaches(Synset sense, Set<String> roots, int depth) {
    if (depth > 14) {
      return false;
    }
    for (Word w : sense.getWords()) {
      if (roots.contains(w.getLemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    for (Pointer pointer : sense.getPointers()) {
      if (pointer.getType() == PointerType.HYPERNYM || pointer.getType() == PointerType.INSTANCE_HYPERNYM) {
        try {
          if (reaches(pointer.getTargetSynset(), roots, depth + 1)) {
            return true;
          }
        } catch (JWNLException e) {
          // an unreadable pointer leads nowhere
        }
      }
    }
    return false;
  }

  /**
   * Whether the word, put before a noun, names a kind of it ("adult", "youth", "half", "junior",
   * "national") rather than grading it ("extra", "new", "total") or placing it ("inside"): its noun
   * senses are tagged at least as often as its adjective senses, or it is a relational adjective, and
   * it is not mostly an adverb (tag counts of WordNet's sense-tagged corpus; a word never tagged is
   * none).
   */
  public boolean isKindModifier(String word) {
    return things.computeIfAbsent("kind:" + word.toLowerCase(Locale.ROOT), key -> {
      Tally t = tally(word.toLowerCase(Locale.ROOT));
      boolean known = t.noun + t.adjective > 0 || t.relational;
      return known && (t.noun >= t.adjective || t.relational) && t.adverb <= t.noun + t.adjective;
    });
  }

  /**
   * Whether WordNet's sense-tagged corpus tags the word as an adjective more often than as a noun
   * ("political", "major", "new"): before a noun it describes the noun and is not the head.
   */
  public boolean isMostlyAdjective(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return things.computeIfAbsent("adjective:" + lower, key -> {
      Tally t = tally(lower);
      return t.adjective() > t.noun();
    });
  }

  /**
   * Whether the word is an adjective's superlative WordNet derives from its base: "highest" (high),
   * "largest", "biggest", "best" (good), and mostly an adjective by {@link #isMostlyAdjective}; not
   * "honest", "west", "forest" or "guest", whose "-est" is no ending.
   */
  public boolean isSuperlative(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (!lower.endsWith("est") || lower.length() < 4 || !isMostlyAdjective(lower)) {
      return false;
    }
    return cachedAnswer("superlative:", lower,
        w -> baseForms(POS.ADJECTIVE, w).stream().anyMatch(base -> !base.equals(w) && lookup(POS.ADJECTIVE, base) != null));
  }

  /**
   * Whether WordNet knows the word as written as a noun, however rarely it is used so ("launch" in
   * "which launch site", mostly a verb by {@link #isThing}).
   */
  public boolean isNoun(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return things.computeIfAbsent("noun:" + lower, key -> {
      synchronized (dictionary) {
        return lookup(POS.NOUN, lower) != null;
      }
    });
  }

  /** Whether the word is a verb WordNet knows and not a thing by {@link #isThing}: "reopen", "give". */
  public boolean isAction(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (isThing(lower)) {
      return false;
    }
    synchronized (dictionary) {
      return baseForms(POS.VERB, lower).stream().anyMatch(base -> lookup(POS.VERB, base) != null);
    }
  }

  private boolean judgeThing(String word) {
    Tally t = tally(word);
    if (t.relational) {
      return true;
    }
    if (!t.nounKnown && t.verb == 0 && t.adjective == 0 && t.adverb == 0 && !closedCompound(word).isEmpty()) {
      return true; // "heatwave": WordNet lists the noun open, as "heat wave"
    }
    return t.nounKnown && (t.noun >= t.verb || !t.verbIsWritten && word.endsWith("ing") && t.noun >= NOUN_EVIDENCE);
  }

  /**
   * How often WordNet's sense-tagged corpus tags the word's senses as each part of speech, whether it
   * is a known noun, a relational adjective, and a verb as written (not only through a base form).
   */
  private record Tally(int noun, int verb, int adjective, int adverb, boolean nounKnown, boolean relational,
      boolean verbIsWritten) {}

  private Tally tally(String word) {
    int noun = 0;
    int verb = 0;
    int adjective = 0;
    int adverb = 0;
    boolean nounKnown = false;
    boolean relational = false;
    boolean verbIsWritten = false;
    synchronized (dictionary) {
      for (POS pos : POS.getAllPOS()) {
        for (String base : baseForms(pos, word)) {
          IndexWord entry = lookup(pos, base);
          if (entry == null) {
            continue;
          }
          int count = useCount(entry, base);
          if (pos == POS.VERB) {
            verb += count;
            verbIsWritten |= base.equals(word);
          } else if (pos == POS.NOUN) {
            nounKnown = true;
            noun += count;
          } else if (pos == POS.ADJECTIVE) {
            adjective += count;
            relational |= hasPertainym(entry);
          } else if (pos == POS.ADVERB) {
            adverb += count;
          }
        }
      }
    }
    return new Tally(noun, verb, adjective, adverb, nounKnown, relational, verbIsWritten);
  }

  /** Whether an adjective relates to a noun ("national" to nation) rather than grading ("big"). */
  private static boolean hasPertainym(IndexWord adjective) {
    for (Synset sense : adjective.getSenses()) {
      for (Pointer pointer : sense.getPointers()) {
        if (pointer.getType() == PointerType.PERTAINYM) {
          return true;
        }
      }
    }
    return false;
  }

  /** The related lemmas through at most {@code depth} senses of each part of speech (fewer for verbs). */
  private Set<String> collectRelated(String word, List<POS> parts, int depth) {
    Set<String> out = new HashSet<>();
    synchronized (dictionary) {
      for (POS pos : parts) {
        for (String base : baseForms(pos, word)) {
          out.add(base);
          // WordNet's morphology also gives a collocation's single words ("swimming pool" → swimming,
          // pool): each may stand for it ("heat" for a heat wave), but what it means alone ("swimming"
          // → floating) is not what the collocation means
          if (word.indexOf(' ') >= 0 && base.indexOf(' ') < 0) {
            continue;
          }
          if (pos == POS.NOUN) {
            out.addAll(objectOf(base));
          }
          IndexWord entry = lookup(pos, base);
          if (entry == null) {
            continue;
          }
          List<Synset> senses = entry.getSenses();
          int read = Math.min(depth, pos == POS.VERB ? VERB_SENSES : SENSES);
          for (Synset sense : senses.subList(0, Math.min(read, senses.size()))) {
            addLemmas(sense, out);
            boolean first = sense == senses.get(0);
            boolean common = first && pos == POS.NOUN;
            for (Pointer pointer : sense.getPointers()) {
              // a rarer sense's broader word says too little: "link" is a bridge only in the sense of "connection"
              if (near(pointer.getType()) && (first || pointer.getType() != PointerType.HYPERNYM)
                  || common && pointer.getType() == PointerType.HYPONYM) {
                try {
                  addLemmas(pointer.getTargetSynset(), out);
                } catch (JWNLException e) {
                  // an unreadable pointer adds nothing
                }
              }
            }
          }
        }
      }
    }
    return Set.copyOf(out);
  }

  /**
   * The verb whose object a noun in "-ee" names, which WordNet does not always link ("evacuee" →
   * evacuate, "detainee" → detain, "nominee" → nominate): the stem before "ee", with "ate" or as it
   * is, when WordNet knows it as a verb. Empty for other words and short ones ("fee", "agree").
   * Called holding the dictionary's lock.
   */
  private Set<String> objectOf(String noun) {
    if (!noun.endsWith("ee") || noun.length() < 6) {
      return Set.of();
    }
    String stem = noun.substring(0, noun.length() - 2);
    for (String verb : List.of(stem + "ate", stem, stem + "e")) {
      if (lookup(POS.VERB, verb) != null) {
        return Set.of(verb);
      }
    }
    return Set.of();
  }

  private static boolean near(PointerType type) {
    return type == PointerType.HYPERNYM || type == PointerType.DERIVATION || type == PointerType.SIMILAR_TO
        || type == PointerType.PERTAINYM;
  }

  private static void addLemmas(Synset synset, Set<String> out) {
    for (Word w : synset.getWords()) {
      String lemma = w.getLemma().toLowerCase(Locale.ROOT);
      if (lemma.indexOf(' ') < 0) {
        out.add(lemma);
      }
    }
  }

  private static int useCount(Synset sense, String base) {
    for (Word w : sense.getWords()) {
      if (w.getLemma().equalsIgnoreCase(base)) {
        return w.getUseCount();
      }
    }
    return 0;
  }

  private static int useCount(IndexWord entry, String base) {
    return entry.getSenses().stream().mapToInt(sense -> useCount(sense, base)).sum();
  }


  /**
   * The dictionary forms of an irregular verb form, as WordNet's morphology gives them ("gave" →
   * give, "sent" → send, "threw" → throw); empty for a verb's own base form ("boss") or a word
   * that is no verb form.
   */
  public List<String> verbBaseForms(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    List<String> out = new java.util.ArrayList<>();
    synchronized (dictionary) {
      if (lookup(POS.VERB, lower) != null) {
        return out;
      }
      for (String base : baseForms(POS.VERB, lower)) {
        if (!base.equals(lower) && base.indexOf(' ') < 0 && !out.contains(base) && lookup(POS.VERB, base) != null) {
          out.add(base);
        }
      }
    }
    return out;
  }

  /**
   * The irregular forms of a verb ("spend" → spent; "throw" → threw, thrown), by WordNet 3.1's
   * exception list for verbs, of each dictionary form of the word; empty for a regular verb or a word
   * that is no verb.
   */
  public List<String> irregularVerbForms(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    List<String> out = new java.util.ArrayList<>();
    synchronized (dictionary) {
      if (irregularForms == null) {
        Map<String, List<String>> forms = new java.util.HashMap<>();
        try {
          java.util.Iterator<net.sf.extjwnl.data.Exc> all = dictionary.getExceptionIterator(POS.VERB);
          while (all.hasNext()) {
            net.sf.extjwnl.data.Exc exception = all.next();
            for (String base : exception.getExceptions()) {
              forms.computeIfAbsent(base, b -> new java.util.ArrayList<>()).add(exception.getLemma());
            }
          }
        } catch (JWNLException e) {
          // no exception list: no irregular forms are known
        }
        irregularForms = forms;
      }
      List<String> bases = new java.util.ArrayList<>(baseForms(POS.VERB, lower));
      bases.add(lower);
      for (String base : bases) {
        for (String form : irregularForms.getOrDefault(base, List.of())) {
          if (!out.contains(form)) {
            out.add(form);
          }
        }
      }
    }
    return out;
  }

  private List<String> baseForms(POS pos, String word) {
    try {
      return dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, word);
    } catch (JWNLException e) {
      return List.of();
    }
  }

  private IndexWord lookup(POS pos, String base) {
    try {
      return dictionary.getIndexWord(pos, base);
    } catch (JWNLException e) {
      return null;
    }
  }
}
