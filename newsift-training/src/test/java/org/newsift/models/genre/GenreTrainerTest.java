package org.newsift.models.genre;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training, cross-validation and the weights file on made-up feature vectors. */
class GenreTrainerTest {
    private static final int D = GenreFeatures.NAMES.size();

    /** Reporting articles attribute much and speak little in the first person; opinion ones the other way round. */
    private static List<GenreTrainer.Example> examples() {
        List<GenreTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int genre = i % 4 == 0 ? GenreModel.REPORTING : GenreModel.OPINION;
            float[] x = new float[D];
            float jitter = (i % 7) / 70f;
            x[0] = genre == GenreModel.REPORTING ? 0.8f + jitter : 0.1f + jitter; // attribution share
            x[9] = genre == GenreModel.REPORTING ? 0.0f : 0.3f + jitter;          // own first person singular
            out.add(new GenreTrainer.Example("a" + i, x, genre, i % GenreData.FOLDS));
        }
        return out;
    }

    @Test
    void crossValidationSeparatesSeparableGenres() {
        GenreScores s = GenreTrainer.crossValidate(examples());
        assertEquals(1.0, s.f1(GenreModel.OPINION), 1e-9);
        assertEquals(1.0, s.f1(GenreModel.REPORTING), 1e-9);
        assertEquals(0, s.confusion()[GenreModel.OPINION][GenreModel.SATIRE] + s.confusion()[GenreModel.REPORTING][GenreModel.SATIRE]);
    }

    @Test
    void trainingIsDeterministicAndTheFileRoundTrips() {
        GenreModel a = GenreTrainer.fit(examples());
        String written = a.write(List.of("test"));
        assertEquals(written, GenreTrainer.fit(examples()).write(List.of("test")));
        GenreModel back = GenreModel.load(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), "test");
        float[] x = examples().get(0).features();
        assertEquals(a.reporting(x), back.reporting(x), 1e-5);
        assertEquals(a.reportingThreshold(), back.reportingThreshold(), 1e-9);
    }

    @Test
    void aFileForOtherFeaturesIsRefused() {
        String written = GenreTrainer.fit(examples()).write(List.of()).replace("attribution_share,", "quote_share,");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GenreModel.load(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), "old.tsv"));
        assertTrue(e.getMessage().contains("newsift train genre"), e.getMessage());
    }

    @Test
    void theModelNeverAnswersSatireEvenWhenTrainedWithIt() {
        List<GenreTrainer.Example> withSatire = new ArrayList<>(examples());
        float[] satire = new float[D];
        satire[9] = 0.9f; // a first-person style no opinion piece here has
        for (int i = 0; i < 5; i++) {
            withSatire.add(new GenreTrainer.Example("s" + i, satire, GenreModel.SATIRE, i));
        }
        GenreScores s = GenreTrainer.crossValidate(withSatire);
        assertEquals(0, s.confusion()[GenreModel.SATIRE][GenreModel.SATIRE] + s.confusion()[GenreModel.OPINION][GenreModel.SATIRE]);
        assertEquals("opinion", GenreTrainer.fit(withSatire).genre(satire));
    }

    @Test
    void trainingOnlyArticlesAreFittedButNotScored() {
        List<GenreTrainer.Example> withWire = new ArrayList<>(examples());
        float[] wire = new float[D];
        wire[0] = 0.9f;
        for (int i = 0; i < 5; i++) {
            withWire.add(new GenreTrainer.Example("w" + i, wire, GenreModel.REPORTING, GenreData.TRAINING_ONLY));
        }
        GenreScores s = GenreTrainer.crossValidate(withWire);
        assertEquals(examples().size(), java.util.Arrays.stream(s.confusion()).flatMapToInt(java.util.Arrays::stream).sum());
    }

    @Test
    void reportingFromItsThreshold() {
        assertEquals(GenreModel.REPORTING, GenreModel.decide(0.6, 0.55));
        assertEquals(GenreModel.REPORTING, GenreModel.decide(0.55, 0.55));
        assertEquals(GenreModel.OPINION, GenreModel.decide(0.54, 0.55));
    }

    @Test
    void theThresholdMaximisesMacroF1PreferringTheHigher() {
        // reporting shares 0.9 and 0.7 are reporting, 0.65 and 0.2 opinion: any threshold in (0.65, 0.7] is perfect
        double t = GenreTrainer.reportingThreshold(new double[]{0.9, 0.7, 0.65, 0.2},
                new int[]{GenreModel.REPORTING, GenreModel.REPORTING, GenreModel.OPINION, GenreModel.OPINION});
        assertEquals(0.70, t, 1e-9);
    }

    @Test
    void scoresCountEveryGenreInTheMacroAverage() {
        int o = GenreModel.OPINION;
        int r = GenreModel.REPORTING;
        int s = GenreModel.SATIRE;
        GenreScores scores = GenreScores.of(new int[]{o, o, o, r, s}, new int[]{o, o, r, r, o});
        assertEquals(2.0 / 3, scores.precision(o), 1e-9);
        assertEquals(2.0 / 3, scores.recall(o), 1e-9);
        assertEquals(0.5, scores.precision(r), 1e-9);
        assertEquals(0.0, scores.f1(s), 1e-9);
        assertEquals((2.0 / 3 + 2.0 / 3 + 0) / 3, scores.macroF1(), 1e-9);
        assertTrue(scores.lines().get(0).startsWith("macro-F1 0.444"));
    }
}
