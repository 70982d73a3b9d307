package org.newsift.sources;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validators for the life of the process: enough for one polling run. */
public final class InMemoryValidatorCache implements ValidatorCache {
    private final Map<String, Validators> map = new ConcurrentHashMap<>();

    @Override
    public Validators get(String url) {
        return map.get(url);
    }

    @Override
    public void put(String url, Validators validators) {
        map.put(url, validators);
    }
}
