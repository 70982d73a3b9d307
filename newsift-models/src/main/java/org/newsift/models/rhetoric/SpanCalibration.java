package org.newsift.models.rhetoric;

import org.newsift.models.finetune.Calibration;
import org.newsift.models.finetune.ModelCard;

/**
 * How a span's mean log-odds becomes the probability that it is right: one Platt scaling for spans of one word and
 * one for longer spans. A lone word ("misgivings", "heat") that the tagger scores like a phrase is right less often:
 * on the calibration articles, one-word spans of the shipped tagger between 0.43 and 0.50 were right about 0.36 of
 * the time, longer ones about 0.50 (docs/models.md). One fit for both would make the score of a lone word a promise
 * it does not keep.
 */
public record SpanCalibration(Calibration longer, Calibration oneWord) {
    public static final SpanCalibration IDENTITY = new SpanCalibration(Calibration.IDENTITY, Calibration.IDENTITY);

    /** The card's calibrations; a card without a one-word calibration (trained before it) uses one for both. */
    public static SpanCalibration of(ModelCard card) {
        return new SpanCalibration(card.calibration(),
                card.oneWordCalibration() == null ? card.calibration() : card.oneWordCalibration());
    }

    public double probability(double margin, boolean oneWord) {
        return (oneWord ? this.oneWord : longer).probability(margin);
    }
}
