package org.newsift.dates;

import org.newsift.dates.Expressions.Candidate;
import org.newsift.dates.Expressions.Value;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the temporal expressions of a sentence ("on Tuesday", "last week", "in March", "March 3, 2024",
 * "two days ago") and resolves them against the article's publication date, choosing the one that dates
 * the event predicate. Rules, precision and the ambiguity policy: docs/dates.md.
 *
 * <p>Immutable and thread-safe: it holds no state, so one instance can serve every thread.
 */
public final class DateResolver {

    /**
     * The date of the sentence, taken from the expression attached to its root.
     *
     * @see #resolve(Sentence, int, LocalDate)
     */
    public ResolvedDate resolve(Sentence sentence, LocalDate published) {
        return resolve(sentence, -1, published);
    }

    /**
     * The date of the event whose predicate is token {@code predicate} of the sentence.
     *
     * <p>Among the sentence's expressions, one attached to the predicate in the dependency tree wins;
     * otherwise one under it through a noun, an xcomp or a conjunct; otherwise one elsewhere in the
     * sentence; otherwise a possessive or compound on a noun ("Tuesday's vote"); the first in the text
     * breaks ties. Expressions in a subordinate clause of their own (relative, adverbial, complement) or
     * in a quotation the predicate is not in are never chosen. The chosen expression is then resolved
     * with the tense of the clause it belongs to; relative expressions need the publication date.
     *
     * @param predicate the predicate's token index in the sentence, or -1 to use the sentence root
     * @param published the article's publication date, or null (then only absolute dates resolve)
     * @return the resolved date, or null when the sentence dates nothing (or only relatively, without
     *         a publication date); {@link #eventDate} then chooses between the publication date and none
     */
    public ResolvedDate resolve(Sentence sentence, int predicate, LocalDate published) {
        if (predicate >= sentence.tokens().size()) {
            throw new IllegalArgumentException("predicate " + predicate + " is outside the sentence");
        }
        return choose(sentence, new Attachment(sentence, predicate), Attachment.NOMINAL, published);
    }

    /** The best-ranked expression up to {@code worst}, resolved; the first in the text breaks ties. */
    private static ResolvedDate choose(Sentence sentence, Attachment attachment, int worst, LocalDate published) {
        Candidate best = null;
        int bestRank = worst + 1;
        for (Candidate c : Expressions.find(sentence)) {
            int rank = attachment.rank(c);
            if (rank < bestRank) {
                best = c;
                bestRank = rank;
            }
        }
        return best == null ? null : resolved(sentence, best, attachment, published);
    }

    /**
     * The date of an event: an expression on the trigger noun itself ("last week's truce", "the attack on
     * Tuesday"), else the one {@link #resolve(Sentence, int, LocalDate)} picks for its clause, else the
     * publication date, except for an event told as having happened before the report (past perfect, a past
     * relative clause), which gets no date: the text only says it was some time before publication.
     *
     * @param trigger   the event's trigger token
     * @param clause    the token whose clause dates the event: the trigger, or the verb a trigger noun is the
     *                  subject or object of ("carried out strikes")
     * @param published the article's publication date, or null
     */
    public EventDate eventDate(Sentence sentence, int trigger, int clause, LocalDate published) {
        ResolvedDate own = trigger == clause ? null : choose(sentence, new Attachment(sentence, trigger),
                Attachment.ATTACHED, published);
        ResolvedDate date = own != null ? own : resolve(sentence, clause, published);
        if (date != null) {
            return EventDate.of(date);
        }
        if (published == null) {
            return EventDate.unknown();
        }
        String background = new Attachment(sentence, clause).background(trigger);
        return background != null ? EventDate.beforePublication(background) : EventDate.published(published);
    }

    /**
     * Every temporal expression of the sentence that resolves, in text order, each with the tense of its
     * own clause (for reports and debugging; the event's date is {@link #resolve}'s).
     */
    public List<ResolvedDate> resolveAll(Sentence sentence, LocalDate published) {
        Attachment attachment = new Attachment(sentence, -1);
        List<ResolvedDate> out = new ArrayList<>();
        for (Candidate c : Expressions.find(sentence)) {
            ResolvedDate r = resolved(sentence, c, attachment, published);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private static ResolvedDate resolved(Sentence s, Candidate c, Attachment attachment, LocalDate published) {
        Value v = c.rule().apply(published, attachment.tense(c));
        if (v == null) {
            return null;
        }
        Token first = s.token(c.first());
        Token last = s.token(c.last());
        return new ResolvedDate(v.iso(), v.precision(), first.start(), last.end(), text(s, c));
    }

    /** The expression's tokens, with as many spaces between two as there are code points in the gap. */
    private static String text(Sentence s, Candidate c) {
        StringBuilder b = new StringBuilder(s.token(c.first()).text());
        for (int i = c.first() + 1; i <= c.last(); i++) {
            b.append(" ".repeat(Math.max(0, s.token(i).start() - s.token(i - 1).end())));
            b.append(s.token(i).text());
        }
        return b.toString();
    }
}
