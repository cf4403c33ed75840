package org.caseledger.api.people;

import org.caseledger.api.cases.CasePeople;
import org.caseledger.api.cases.WorkOrderHistory;
import org.caseledger.api.security.CaseOwnership;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.core.intake.PersonalData;
import org.caseledger.projections.ReadModels;
import org.caseledger.projections.people.EmployerIndex;
import org.caseledger.projections.timeline.CaseTimeline;
import org.caseledger.projections.timeline.ClaimantLine;
import org.caseledger.projections.timeline.LetterView;
import org.caseledger.projections.timeline.Measure;
import org.caseledger.projections.timeline.ObligorView;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * 查找当事人 and 用人单位: a person found by ID-card number, phone or name through the blind index, and an employer by
 * its credit code or name, within the bodies the reader may read. A case's own officers and the auditors see the
 * person's name; a body above sees the figures only, as on the case page.
 */
@Component
public class People {

    /** The most places a search or a person's page reads (each is checked against the reader's bodies). */
    static final int MAX_SHOWN = 200;

    private final ReadModels readModels;
    private final BlindIndex blind;
    private final CaseOwnership ownership;
    private final CasePeople casePeople;
    private final WorkOrderHistory workOrders;

    public People(ReadModels readModels, org.caseledger.api.store.PersonalDataKeys keys, CaseOwnership ownership, CasePeople casePeople,
                  WorkOrderHistory workOrders) {
        this.readModels = readModels;
        this.blind = new BlindIndex(keys);
        this.ownership = ownership;
        this.casePeople = casePeople;
        this.workOrders = workOrders;
    }

    /** A place a person is found: a claimant of a case or the worker of a work order, with what he is owed there. */
    public record Place(String kind, String caseId, String claimantId, String workOrderId, String unionBody, String name,
                        String stage, Long claimedFen, Long receivedFen, Long disbursedFen, Long outstandingFen, String status) {
    }

    /** A person as found: the key of his page and where he is. */
    public record Person(String key, String name, List<Place> places) {
    }

    /** An employer as found: the key of its page, its name and code. */
    public record EmployerHit(String key, String name, String creditCode, int places, int open) {
    }

    /** What a search found; {@code tooMany}: a name so common that not every place is listed (search by ID number or phone). */
    public record Found(List<Person> people, List<EmployerHit> employers, boolean tooMany) {
    }

    public Found search(CaseledgerUser user, String q) {
        List<Person> people = new ArrayList<>();
        Map<String, Person> byKey = new LinkedHashMap<>();
        boolean tooMany = false;
        for (String token : blind.query(q)) {
            var postings = readModels.active().peopleIndex().places(token);
            tooMany |= postings.overflow();
            for (String place : postings.places().subList(0, Math.min(postings.places().size(), MAX_SHOWN))) {
                Optional<Place> p = place(user, place);
                if (p.isEmpty()) {
                    continue;
                }
                String key = keyOf(place, token);
                Person person = byKey.computeIfAbsent(key, k -> new Person(k, p.get().name(), new ArrayList<>()));
                person.places().add(p.get());
            }
        }
        people.addAll(byKey.values());
        List<EmployerHit> employers = new ArrayList<>();
        if (blind.query(q).stream().anyMatch(t -> !t.startsWith("name:"))) {
            return new Found(people, employers, tooMany); // an ID-card number or a phone names a person, not an employer
        }
        String text = Normalizer.normalize(q, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        for (String key : List.of(EmployerIndex.keyOf(null, text), EmployerIndex.keyOf(q, null))) {
            EmployerIndex.Employer d = readModels.active().employerIndex().find(key);
            if (d != null && employers.stream().noneMatch(e -> e.key().equals(d.key()))) {
                long readable = d.places().stream().filter(pl -> mayRead(user, pl)).count();
                if (readable > 0) {
                    employers.add(new EmployerHit(d.key(), d.name(), d.creditCode(), (int) readable,
                            (int) d.open().stream().filter(pl -> mayRead(user, pl)).count()));
                }
            }
        }
        return new Found(people, employers, tooMany || byKey.values().stream().mapToInt(p -> p.places().size()).sum() >= MAX_SHOWN);
    }

    /** A person's page: every place his key is found at that the reader may read. */
    public Optional<Person> person(CaseledgerUser user, String key) {
        List<Place> places = new ArrayList<>();
        List<String> found = readModels.active().peopleIndex().places(key).places();
        for (String place : found.subList(0, Math.min(found.size(), MAX_SHOWN))) {
            place(user, place).ifPresent(places::add);
        }
        if (places.isEmpty()) {
            return Optional.empty();
        }
        String name = places.stream().map(Place::name).filter(n -> n != null).findFirst().orElse(null);
        return Optional.of(new Person(key, name, places));
    }

    /** The key of a person's page: his ID-card number's token when he has one, else the token he was found by. */
    private String keyOf(String place, String found) {
        if (found.startsWith("id:")) {
            return found;
        }
        return readModels.active().peopleIndex().tokensOf(place).stream().filter(t -> t.startsWith("id:")).findFirst().orElse(found);
    }

    private Optional<Place> place(CaseledgerUser user, String place) {
        String[] parts = place.split("\\|");
        if (parts[0].equals("case")) {
            String caseId = parts[1];
            String claimantId = parts[2];
            Optional<String> owner = ownership.unionBodyOf(caseId).filter(user::maySee);
            if (owner.isEmpty()) {
                return Optional.empty();
            }
            boolean names = user.mayChange(owner.get()) || user.is("AUDITOR");
            PersonalData p = names ? casePeople.of(caseId).get(claimantId) : null;
            Optional<CaseTimeline> t = readModels.active().timelineDocuments().find(caseId).map(s -> s.timeline());
            ClaimantLine line = t.flatMap(tl -> tl.ledger.stream().filter(l -> l.claimantId.equals(claimantId)).findFirst()).orElse(null);
            return Optional.of(new Place("case", caseId, claimantId, null, owner.get(), p == null ? null : p.name(),
                    t.map(tl -> tl.stage).orElse(null), line == null ? null : line.claimedFen, line == null ? null : line.receivedFen,
                    line == null ? null : line.disbursedFen, line == null ? null : line.outstandingFen,
                    t.map(tl -> tl.closedOn != null ? "CLOSED" : "OPEN").orElse(null)));
        }
        String orderId = parts[1];
        return workOrders.read(orderId).filter(r -> r.state().bodies.stream().anyMatch(user::maySee)).map(r -> new Place("order", null, null,
                orderId, r.state().holder, r.state().bodies.stream().anyMatch(user::mayChange) || user.is("AUDITOR")
                ? r.worker() == null ? null : r.worker().name() : null, null, null, null, null, null, r.state().status.name()));
    }

    // ---- employers

    /** A case or order naming the employer, with what the page shows of it. */
    public record EmployerPlace(String kind, String caseId, String obligorId, String workOrderId, String unionBody, boolean open,
                                String role, Long owedFen, Long paidFen, List<Measure> measures, List<LetterView> letters, String status) {
    }

    /** An employer's page. */
    public record Employer(String key, String name, String creditCode, List<EmployerPlace> places, long owedFen, long paidFen, boolean more) {
    }

    public Optional<Employer> employer(CaseledgerUser user, String key) {
        // a key as a link writes it: the name or the code as shown, normalised as the index keys them
        key = key.startsWith("name:") ? EmployerIndex.keyOf(key.substring(5), null)
                : key.startsWith("code:") ? EmployerIndex.keyOf(null, key.substring(5)) : key;
        EmployerIndex.Employer d = readModels.active().employerIndex().find(key);
        if (d == null) {
            return Optional.empty();
        }
        List<EmployerPlace> places = employerPlaces(user, d);
        if (places.isEmpty()) {
            return Optional.empty();
        }
        long owed = 0;
        long paid = 0;
        for (EmployerPlace p : places) {
            owed = Math.addExact(owed, p.owedFen() == null ? 0 : p.owedFen());
            paid = Math.addExact(paid, p.paidFen() == null ? 0 : p.paidFen());
        }
        return Optional.of(new Employer(d.key(), d.name(), d.creditCode(), places, owed, paid, d.overflow() || d.places().size() > MAX_SHOWN));
    }

    private boolean mayRead(CaseledgerUser user, String place) {
        String[] parts = place.split("\\|");
        return parts[0].equals("case") ? ownership.unionBodyOf(parts[1]).filter(user::maySee).isPresent()
                : workOrders.path(parts[1]).filter(p -> p.bodies().stream().anyMatch(user::maySee)).isPresent();
    }

    private List<EmployerPlace> employerPlaces(CaseledgerUser user, EmployerIndex.Employer d) {
        List<String> open = d.open();
        List<EmployerPlace> places = new ArrayList<>();
        for (String place : d.places()) {
            if (places.size() >= MAX_SHOWN) {
                break; // the page lists the first ones and says there are more
            }
            String[] parts = place.split("\\|");
            if (parts[0].equals("case")) {
                Optional<String> owner = ownership.unionBodyOf(parts[1]).filter(user::maySee);
                if (owner.isEmpty()) {
                    continue;
                }
                CaseTimeline t = readModels.active().timelineDocuments().find(parts[1]).map(s -> s.timeline()).orElse(null);
                ObligorView o = t == null ? null : t.obligors.stream().filter(v -> v.obligorId.equals(parts[2])).findFirst().orElse(null);
                List<Measure> measures = t == null ? List.of() : t.measures.stream().filter(m -> parts[2].equals(m.obligorId)).toList();
                String name = d.name();
                List<LetterView> letters = t == null ? List.of() : t.letters.stream()
                        .filter(l -> l.recipientName != null && EmployerIndex.normalise(l.recipientName).equals(EmployerIndex.normalise(name))).toList();
                places.add(new EmployerPlace("case", parts[1], parts[2], null, owner.get(), open.contains(place), o == null ? null : o.role,
                        o == null ? null : o.owedFen, o == null ? null : o.paidFen, measures, letters, t == null ? null : t.stage));
            } else {
                workOrders.read(parts[1]).filter(r -> r.state().bodies.stream().anyMatch(user::maySee)).ifPresent(r -> places.add(
                        new EmployerPlace("order", null, null, parts[1], r.state().holder, open.contains(place), null, null, null, List.of(),
                                List.of(), r.state().status.name())));
            }
        }
        return places;
    }

    /** 预警: employers with at least {@code min} open cases and work orders the reader may read, most first. */
    public List<EmployerHit> withSeveralOpen(CaseledgerUser user, int min) {
        List<EmployerHit> hits = new ArrayList<>();
        for (EmployerIndex.Employer d : readModels.active().employerIndex().withOpen(min)) {
            long open = d.open().stream().filter(p -> mayRead(user, p)).count();
            if (open >= min) {
                hits.add(new EmployerHit(d.key(), d.name(), d.creditCode(), (int) d.places().stream().filter(p -> mayRead(user, p)).count(), (int) open));
            }
        }
        hits.sort((a, b) -> Integer.compare(b.open(), a.open()));
        return hits;
    }
}
