package org.newsift.models.claims;

import org.junit.jupiter.api.Test;
import org.newsift.model.SentenceKind;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * What is withheld before the model reads a sentence. The sentences were written for the newsift project; their
 * parses are given by hand as the parser gives them: {@code word/TAG/head/relation}, heads counted from 1 and 0
 * for the root (lemma: the lower-cased word, or {@code word/TAG/head/relation/lemma}).
 */
class ClaimFilterTest {

    @Test
    void aPastFactIsLeftToTheModel() {
        Sentence s = parse("The/DT/2/det retreat/NN/3/nsubj created/VBD/0/root vacuums/NNS/3/obj exploited/VBN/4/acl "
                + "by/IN/8/case hostile/JJ/8/amod elements/NNS/5/obl:agent");
        assertNull(ClaimFilter.withheld(s, SentenceKind.REPORT));
    }

    @Test
    void aReportedDemandOrAppealAssertsNothingButAReportedJudgementMay() {
        Sentence demand = parse("Islamabad/NNP/2/nsubj demanded/VBD/0/root/demand that/IN/6/mark the/DT/5/det "
                + "government/NN/6/nsubj act/VB/2/ccomp against/IN/8/case militants/NNS/6/obl");
        assertEquals(ClaimFilter.Reason.DEMAND, ClaimFilter.withheld(demand, SentenceKind.REPORT));
        Sentence appeal = parse("The/DT/2/det UN/NNP/3/nsubj urged/VBD/0/root/urge both/DT/5/det governments/NNS/3/obj "
                + "to/TO/7/mark keep/VB/3/xcomp talking/VBG/7/xcomp");
        assertEquals(ClaimFilter.Reason.DEMAND, ClaimFilter.withheld(appeal, SentenceKind.REPORT));
        Sentence judgement = parse("The/DT/2/det Taliban/NNP/3/nsubj called/VBD/0/root/call the/DT/6/det air/NN/6/compound "
                + "strike/NN/3/obj a/DT/8/det violation/NN/3/xcomp");
        assertNull(ClaimFilter.withheld(judgement, SentenceKind.REPORT));
    }

    @Test
    void aForecastWithLikelyIsAPrediction() {
        Sentence s = parse("The/DT/2/det rate/NN/5/nsubj is/VBZ/5/cop not/RB/5/advmod likely/JJ/0/root to/TO/7/mark "
                + "change/VB/5/xcomp before/IN/9/case autumn/NN/7/obl");
        assertEquals(ClaimFilter.Reason.PREDICTION, ClaimFilter.withheld(s, SentenceKind.REPORT));
    }

    @Test
    void aReportedFutureIsAPredictionButAModalInASideClauseIsNot() {
        Sentence reported = parse("Officials/NNS/2/nsubj said/VBD/0/root the/DT/4/det plant/NN/6/nsubj "
                + "will/MD/6/aux reopen/VB/2/ccomp in/IN/8/case March/NNP/6/obl");
        assertEquals(ClaimFilter.Reason.PREDICTION, ClaimFilter.withheld(reported, SentenceKind.REPORT));
        Sentence side = parse("The/DT/2/det firm/NN/10/nsubj ,/,/6/punct which/WDT/6/nsubj will/MD/6/aux "
                + "report/VB/2/acl:relcl on/IN/8/case Friday/NNP/6/obl ,/,/6/punct lost/VBD/0/root/lose "
                + "$/$/10/obj 2/CD/13/compound billion/CD/11/nummod last/JJ/15/amod year/NN/10/obl:tmod");
        assertNull(ClaimFilter.withheld(side, SentenceKind.REPORT));
    }

    @Test
    void wouldAndCouldInTheMainClausePredict() {
        Sentence s = parse("The/DT/2/det tariff/NN/4/nsubj would/MD/4/aux raise/VB/0/root prices/NNS/4/obj "
                + "for/IN/7/case farmers/NNS/4/obl");
        assertEquals(ClaimFilter.Reason.PREDICTION, ClaimFilter.withheld(s, SentenceKind.REPORT));
    }

    @Test
    void fragmentsHaveNoFiniteVerbOrTooFewWords() {
        Sentence noVerb = parse("Markets/NNS/0/root up/RB/1/advmod sharply/RB/2/advmod after/IN/7/case the/DT/7/det "
                + "long/JJ/7/amod weekend/NN/1/obl");
        assertEquals(ClaimFilter.Reason.FRAGMENT, ClaimFilter.withheld(noVerb, SentenceKind.REPORT));
        Sentence short_ = parse("Prices/NNS/2/nsubj rose/VBD/0/root/rise again/RB/2/advmod");
        assertEquals(ClaimFilter.Reason.FRAGMENT, ClaimFilter.withheld(short_, SentenceKind.REPORT));
    }

    @Test
    void questionsOpinionsAndCallsToActionComeFromTheSentenceKinds() {
        Sentence s = parse("The/DT/3/det ceasefire/NN/3/compound plan/NN/6/nsubj is/VBZ/6/cop a/DT/6/det "
                + "recipe/NN/0/root for/IN/8/case chaos/NN/6/nmod");
        assertNull(ClaimFilter.withheld(s, SentenceKind.REPORT));
        assertEquals(ClaimFilter.Reason.OPINION, ClaimFilter.withheld(s, SentenceKind.OPINION));
        assertEquals(ClaimFilter.Reason.QUESTION, ClaimFilter.withheld(s, SentenceKind.QUESTION));
        assertEquals(ClaimFilter.Reason.CALL_TO_ACTION, ClaimFilter.withheld(s, SentenceKind.CALL_TO_ACTION));
    }

    /**
     * A sentence from {@code word/TAG/head/relation[/lemma]} tokens separated by spaces, and a final full stop on
     * the root; offsets as in the words joined by spaces.
     */
    static Sentence parse(String spec) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        int root = 0;
        for (String t : spec.split(" ")) {
            String[] f = t.split("/");
            int head = Integer.parseInt(f[2]) - 1;
            root = head < 0 ? tokens.size() : root;
            String lemma = f.length > 4 ? f[4] : f[0].toLowerCase(Locale.ROOT);
            tokens.add(new Token(tokens.size(), at, at + f[0].length(), f[0], f[1], lemma, "O", head, f[3]));
            at += f[0].length() + 1;
        }
        tokens.add(new Token(tokens.size(), at - 1, at, ".", ".", ".", "O", root, "punct"));
        return new Sentence(0, 0, at, tokens);
    }
}
