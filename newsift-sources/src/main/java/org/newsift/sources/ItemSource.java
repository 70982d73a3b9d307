package org.newsift.sources;

import org.newsift.input.InputItem;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator of items computed one at a time by {@link #advance}; subclasses call {@link #finish} at the end. */
abstract class ItemSource implements Iterator<InputItem>, AutoCloseable {
    private InputItem next;
    private boolean finished;

    /** The next item, or null after calling {@link #finish} (or to be asked again). */
    protected abstract InputItem advance();

    protected final void finish() {
        finished = true;
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !finished) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public final InputItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputItem item = next;
        next = null;
        return item;
    }

    /** Stops early; sources holding a file override this to close it too. */
    @Override
    public void close() {
        finish();
    }
}
