package org.newsift.server.corpus;

import org.newsift.model.Analysis;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A corpus held in memory: the analyses, and each event flattened once with its date. Queries scan; that is
 * quick for the tens of thousands of articles an analyst's desk holds, and keeps the server independent of how
 * the store indexes them.
 */
public final class MemoryCorpus implements Corpus {
    private final Map<String, Analysis> analyses = new LinkedHashMap<>();
    private final Map<String, List<DatedEvent>> events = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /** An event with the day it happened (the date the text gives, else the publication day) and its article. */
    private record DatedEvent(Analysis article, Event event, LocalDate day) {
        Stream<EventArgument> sides() {
            return Stream.concat(event.source().stream(), event.target().stream());
        }
    }

    public MemoryCorpus(List<Analysis> initial) {
        initial.forEach(this::add);
    }

    @Override
    public void add(Analysis analysis) {
        LocalDate published = Dates.day(analysis.published());
        // as the store dates events: a month or a year falls back to the publication day, an undated event stays undated
        List<DatedEvent> dated = analysis.events().stream()
                .map(e -> new DatedEvent(analysis, e, e.date() == null ? null
                        : Optional.ofNullable(Dates.day(e.date())).orElse(published)))
                .toList();
        lock.writeLock().lock();
        try {
            analyses.remove(analysis.id());
            analyses.put(analysis.id(), analysis);
            events.put(analysis.id(), dated);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public Page<ArticleSummary> search(String text, Paging paging) {
        List<String> words = text == null ? List.of()
                : Stream.of(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isBlank()).toList();
        List<ArticleSummary> hits = read(() -> analyses.values().stream()
                .filter(a -> words.stream().allMatch(w -> contains(a, w)))
                .sorted(NEWEST_FIRST)
                .map(ArticleSummary::of)
                .toList());
        return Page.of(hits, paging);
    }

    private static final Comparator<Analysis> NEWEST_FIRST = Comparator
            .comparing((Analysis a) -> a.published() == null ? "" : a.published()).reversed()
            .thenComparing(Analysis::id);

    private static boolean contains(Analysis a, String word) {
        return a.text().toLowerCase(Locale.ROOT).contains(word)
                || (a.title() != null && a.title().toLowerCase(Locale.ROOT).contains(word));
    }

    @Override
    public Optional<Analysis> analysis(String id) {
        return read(() -> Optional.ofNullable(analyses.get(id)));
    }

    @Override
    public List<Analysis> analyses() {
        return read(() -> analyses.values().stream()
                .sorted(Comparator.comparing((Analysis a) -> a.published() == null ? "" : a.published())
                        .thenComparing(Analysis::id))
                .toList());
    }

    @Override
    public Page<EventRow> events(EventQuery query, Paging paging) {
        List<EventRow> rows = read(() -> allEvents()
                .filter(e -> matches(query, e))
                .sorted(Comparator.comparing((DatedEvent e) -> e.day() == null ? LocalDate.MIN : e.day()).reversed()
                        .thenComparing(e -> e.event().id()))
                .map(MemoryCorpus::row)
                .toList());
        return Page.of(rows, paging);
    }

    private Stream<DatedEvent> allEvents() {
        return events.values().stream().flatMap(List::stream);
    }

    private static boolean matches(EventQuery q, DatedEvent e) {
        if (q.actor() != null && e.sides().noneMatch(side -> is(side, q.actor()))) {
            return false;
        }
        if (q.dyadA() != null && !between(e.event(), q.dyadA(), q.dyadB())) {
            return false;
        }
        if (q.type() != null && !EventTypes.matches(q.type(), e.event())) {
            return false;
        }
        if (q.from() != null && (e.day() == null || e.day().isBefore(q.from()))) {
            return false;
        }
        return q.to() == null || (e.day() != null && !e.day().isAfter(q.to()));
    }

    private static boolean between(Event e, String a, String b) {
        return (anyIs(e.source(), a) && anyIs(e.target(), b)) || (anyIs(e.source(), b) && anyIs(e.target(), a));
    }

    private static boolean anyIs(List<EventArgument> sides, String key) {
        return sides.stream().anyMatch(s -> is(s, key));
    }

    private static boolean is(EventArgument side, String key) {
        return key.equalsIgnoreCase(side.code()) || key.equalsIgnoreCase(side.country());
    }

    private static EventRow row(DatedEvent d) {
        Event e = d.event();
        EventArgument s = e.source().isEmpty() ? null : e.source().get(0);
        EventArgument t = e.target().isEmpty() ? null : e.target().get(0);
        return new EventRow(d.article().id(), e.id(), d.day() == null ? null : d.day().toString(), key(s),
                s == null ? null : s.text(), key(t), t == null ? null : t.text(), e.cameo(), e.cameoName(),
                e.plover() == null ? null : e.plover().type(), e.quadClass(), e.goldstein(),
                Dates.slice(d.article().text(), e.sentence().start(), e.sentence().end()));
    }

    /** An event side's graph key: its actor code, or its country when it has no code. */
    private static String key(EventArgument side) {
        if (side == null) {
            return null;
        }
        return side.code() != null ? side.code() : side.country();
    }

    @Override
    public List<SeriesPoint> dyadSeries(String a, String b) {
        EventQuery q = EventQuery.dyad(a, b);
        Map<LocalDate, List<DatedEvent>> weeks = read(() -> allEvents()
                .filter(e -> e.day() != null && matches(q, e))
                .collect(Collectors.groupingBy(e -> week(e.day()), TreeMap::new, Collectors.toList())));
        List<SeriesPoint> out = new ArrayList<>();
        weeks.forEach((week, list) -> out.add(point(week, list)));
        return out;
    }

    private static SeriesPoint point(LocalDate week, List<DatedEvent> list) {
        Integer[] quads = {0, 0, 0, 0};
        double goldstein = 0;
        int scored = 0;
        TreeSet<String> articles = new TreeSet<>();
        for (DatedEvent d : list) {
            Integer quad = d.event().quadClass();
            if (quad != null && quad >= 1 && quad <= 4) {
                quads[quad - 1]++;
            }
            if (d.event().goldstein() != null) {
                goldstein += d.event().goldstein();
                scored++;
            }
            articles.add(d.article().id());
        }
        return new SeriesPoint(week.toString(), list.size(), List.of(quads), scored == 0 ? null : goldstein / scored,
                List.copyOf(articles));
    }

    @Override
    public List<ActorCount> topActors(int limit) {
        Map<String, Long> counts = read(() -> allEvents()
                .flatMap(e -> e.sides().map(MemoryCorpus::key).filter(k -> k != null).distinct())
                .collect(Collectors.groupingBy(k -> k, Collectors.counting())));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(en -> new ActorCount(en.getKey(), en.getValue()))
                .toList();
    }

    @Override
    public List<ActorEdge> edges(int limit) {
        Map<List<String>, List<DatedEvent>> byPair = read(() -> allEvents()
                .flatMap(e -> e.event().source().stream().flatMap(s -> e.event().target().stream()
                        .filter(t -> key(s) != null && key(t) != null && !key(s).equals(key(t)))
                        .map(t -> Map.entry(List.of(key(s), key(t)), e))))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList()))));
        return byPair.entrySet().stream()
                .map(en -> new ActorEdge(en.getKey().get(0), en.getKey().get(1), en.getValue().size(),
                        en.getValue().stream().map(d -> d.event().goldstein()).filter(g -> g != null)
                                .mapToDouble(Double::doubleValue).average().stream().boxed().findFirst().orElse(null)))
                .sorted(Comparator.comparingLong(ActorEdge::events).reversed()
                        .thenComparing(ActorEdge::source).thenComparing(ActorEdge::target))
                .limit(limit)
                .toList();
    }

    @Override
    public Overview overview() {
        return read(() -> {
            TreeSet<LocalDate> days = allEvents().map(DatedEvent::day).filter(d -> d != null)
                    .collect(Collectors.toCollection(TreeSet::new));
            analyses.values().stream().map(a -> Dates.day(a.published())).filter(d -> d != null).forEach(days::add);
            Map<LocalDate, Long> articlesByWeek = analyses.values().stream().map(a -> Dates.day(a.published()))
                    .filter(d -> d != null).collect(Collectors.groupingBy(MemoryCorpus::week, Collectors.counting()));
            Map<LocalDate, Long> eventsByWeek = allEvents().map(DatedEvent::day).filter(d -> d != null)
                    .collect(Collectors.groupingBy(MemoryCorpus::week, Collectors.counting()));
            TreeSet<LocalDate> weeks = new TreeSet<>(articlesByWeek.keySet());
            weeks.addAll(eventsByWeek.keySet());
            List<Overview.WeekVolume> volume = weeks.stream().map(w -> new Overview.WeekVolume(w.toString(),
                    articlesByWeek.getOrDefault(w, 0L), eventsByWeek.getOrDefault(w, 0L))).toList();
            return new Overview(analyses.size(), allEvents().count(), days.isEmpty() ? null : days.first().toString(),
                    days.isEmpty() ? null : days.last().toString(), volume, List.of());
        }).withTopDyads(edges(10));
    }

    private static LocalDate week(LocalDate day) {
        return day.with(DayOfWeek.MONDAY);
    }

    private <T> T read(java.util.function.Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}
