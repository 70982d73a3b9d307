package org.newsift.models;

import org.junit.jupiter.api.Test;
import org.newsift.models.genre.GenreModel;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ModelFilesTest {

    @Test
    void theUsersDirectoryMirrorsTheShippedLayout() {
        assertEquals(Path.of("mine/sentence/model.onnx"),
                ModelFiles.userCopy(ModelFiles.class, "/org/newsift/models/sentence/model.onnx", "mine"));
        assertEquals(Path.of("mine/genre/genre-semeval.tsv"),
                ModelFiles.userCopy(GenreModel.class, GenreModel.RESOURCE, "mine"));
        assertEquals(Path.of("mine/minilm-plover.tsv"),
                ModelFiles.userCopy(ModelFiles.class, "minilm-plover.tsv", "mine"));
    }

    @Test
    void withoutADirectoryOrOutsideTheModelsOnlyTheShippedFilesCount() {
        assertNull(ModelFiles.userCopy(ModelFiles.class, "/org/newsift/models/sentence/model.onnx", null));
        assertNull(ModelFiles.userCopy(ModelFiles.class, "/org/newsift/models/sentence/model.onnx", " "));
        assertNull(ModelFiles.userCopy(ModelFiles.class, "/all-minilm-l6-v2-q.onnx", "mine"));
    }
}
