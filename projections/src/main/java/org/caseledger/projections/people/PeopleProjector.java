package org.caseledger.projections.people;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.caseledger.core.contact.ContactRecorded;
import org.caseledger.core.enforcement.JudgmentDebtorAdded;
import org.caseledger.core.intake.ClaimantAdded;
import org.caseledger.core.intake.ClaimantPersonalDataCorrected;
import org.caseledger.core.intake.ClaimantPersonalDataErased;
import org.caseledger.core.intake.NewClaimant;
import org.caseledger.core.intake.PersonalData;
import org.caseledger.core.intake.WageClaimFiled;
import org.caseledger.core.kernel.Obligor;
import org.caseledger.core.lifecycle.CaseClosed;
import org.caseledger.core.lifecycle.CaseReopened;
import org.caseledger.core.supervision.ConcernedEmployer;
import org.caseledger.core.supervision.SupervisionMatterOpened;
import org.caseledger.core.workorder.WorkOrderClosed;
import org.caseledger.core.workorder.WorkOrderContactRecorded;
import org.caseledger.core.workorder.WorkOrderConvertedToCase;
import org.caseledger.core.workorder.WorkOrderReceived;
import org.caseledger.core.workorder.WorkOrderReopened;
import org.caseledger.core.workorder.WorkerPersonalDataErased;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keeps the people's blind index, the employers' index, the claims by industry and the contact log's time from the
 * events, in the same processor and generation as the other read models (a rebuild rebuilds them). The events arrive
 * opened, so a person's data is at hand here only to be turned into tokens; an erased person's events read as erased
 * and give none, and his erasure takes away what the index held for him. Under a processor's batch everything is
 * gathered and written when the batch commits (each index read once by key, written in one bulk write), before the
 * processor stores its token; every write is keyed and idempotent, so a batch delivered again changes nothing.
 */
public class PeopleProjector {

    private final PeopleIndex people;
    private final EmployerIndex employers;
    private final PersonTokens tokens;
    private final MongoCollection<Document> contactTime;
    private final ArrearsByIndustry arrears;
    private final String batchResource;

    public PeopleProjector(PeopleIndex people, EmployerIndex employers, PersonTokens tokens, MongoCollection<Document> contactTime,
                           ArrearsByIndustry arrears) {
        this.people = people;
        this.employers = employers;
        this.tokens = tokens;
        this.contactTime = contactTime;
        this.arrears = arrears;
        this.batchResource = "caseledger.people-batch." + System.identityHashCode(this);
    }

    /** What one batch changes, applied in this order when it commits. */
    private final class Batch {
        final Map<String, List<String>> persons = new LinkedHashMap<>();
        /** Places first named in this batch by a filing (nothing stored to replace). */
        final java.util.Set<String> fresh = new java.util.HashSet<>();
        final List<EmployerIndex.Naming> namings = new ArrayList<>();
        final Map<String, Boolean> opened = new LinkedHashMap<>();
        final List<ArrearsByIndustry.Claim> claims = new ArrayList<>();
        final List<WriteModel<Document>> times = new ArrayList<>();

        void person(String place, PersonalData p) {
            persons.put(place, p == null ? List.of() : tokens.of(p.name(), p.idCardNumber(), p.phone()));
        }

        void flush() {
            people.indexAll(persons, fresh);
            employers.nameAll(namings);
            employers.openAll(opened);
            arrears.claimAll(claims);
            if (!times.isEmpty()) {
                contactTime.bulkWrite(times);
            }
            persons.clear();
            fresh.clear();
            namings.clear();
            opened.clear();
            claims.clear();
            times.clear();
        }
    }

    private void in(Consumer<Batch> change) {
        if (!CurrentUnitOfWork.isStarted()) {
            Batch single = new Batch();
            change.accept(single);
            single.flush();
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Batch batch = root.getOrComputeResource(batchResource, k -> {
            Batch b = new Batch();
            root.onPrepareCommit(u -> b.flush());
            return b;
        });
        change.accept(batch);
    }

    private static String caseOwner(String caseId) {
        return "case|" + caseId;
    }

    @EventHandler
    public void on(WageClaimFiled e) {
        String caseId = e.caseId().value();
        in(b -> {
            for (NewClaimant c : e.claimants()) {
                String place = PeopleIndex.casePlace(caseId, c.claimantId().value());
                if (!b.persons.containsKey(place)) {
                    b.fresh.add(place); // a filing is a case's first event: its claimants had no tokens before
                }
                b.person(place, c.personalData());
                b.claims.add(new ArrearsByIndustry.Claim(e.unionBody().name(), e.industry(), e.occurredOn(), caseId, c.claimantId().value(),
                        c.claimed().fen()));
            }
            for (Obligor o : e.obligors()) {
                b.namings.add(new EmployerIndex.Naming(caseOwner(caseId), "case|" + caseId + "|" + o.obligorId().value(), o.name(), o.creditCode(), true));
            }
        });
    }

    @EventHandler
    public void on(ClaimantAdded e) {
        in(b -> b.person(PeopleIndex.casePlace(e.caseId().value(), e.claimant().claimantId().value()), e.claimant().personalData()));
    }

    @EventHandler
    public void on(ClaimantPersonalDataCorrected e) {
        in(b -> b.person(PeopleIndex.casePlace(e.caseId().value(), e.claimantId().value()), e.personalData()));
    }

    @EventHandler
    public void on(ClaimantPersonalDataErased e) {
        in(b -> b.person(PeopleIndex.casePlace(e.caseId().value(), e.claimantId().value()), null));
    }

    @EventHandler
    public void on(SupervisionMatterOpened e) {
        String caseId = e.caseId().value();
        in(b -> {
            for (ConcernedEmployer m : e.employers()) {
                b.namings.add(new EmployerIndex.Naming(caseOwner(caseId), "case|" + caseId + "|" + m.obligorId().value(), m.name(), m.creditCode(), true));
            }
        });
    }

    @EventHandler
    public void on(JudgmentDebtorAdded e) {
        String caseId = e.caseId().value();
        in(b -> b.namings.add(new EmployerIndex.Naming(caseOwner(caseId), "case|" + caseId + "|" + e.obligorId().value(), e.name(), null, true)));
    }

    @EventHandler
    public void on(CaseClosed e) {
        in(b -> b.opened.put(caseOwner(e.caseId().value()), false));
    }

    @EventHandler
    public void on(CaseReopened e) {
        in(b -> b.opened.put(caseOwner(e.caseId().value()), true));
    }

    @EventHandler
    public void on(WorkOrderReceived e) {
        String id = e.workOrderId().value();
        in(b -> {
            b.person(PeopleIndex.orderPlace(id), e.personalData());
            if (e.employer() != null) {
                b.namings.add(new EmployerIndex.Naming("order|" + id, "order|" + id, e.employer().name(), e.employer().creditCode(), true));
            }
        });
    }

    @EventHandler
    public void on(WorkerPersonalDataErased e) {
        in(b -> b.person(PeopleIndex.orderPlace(e.workOrderId().value()), null));
    }

    @EventHandler
    public void on(WorkOrderClosed e) {
        in(b -> b.opened.put("order|" + e.workOrderId().value(), false));
    }

    @EventHandler
    public void on(WorkOrderConvertedToCase e) {
        in(b -> b.opened.put("order|" + e.workOrderId().value(), false)); // the case it became counts from now on
    }

    @EventHandler
    public void on(WorkOrderReopened e) {
        in(b -> b.opened.put("order|" + e.workOrderId().value(), true));
    }

    /**
     * 联系记录's time, for the annual report: one document per contact, keyed by its event (delivered again, it is written
     * again, never counted twice), naming the officer, his body and the year — never what was said.
     */
    @EventHandler
    public void on(ContactRecorded e, EventMessage<?> message) {
        in(b -> b.times.add(time(message, e.occurredOn(), e.minutes(), e.caseId().value())));
    }

    @EventHandler
    public void on(WorkOrderContactRecorded e, EventMessage<?> message) {
        in(b -> b.times.add(time(message, e.occurredOn(), e.minutes(), e.workOrderId().value())));
    }

    private static WriteModel<Document> time(EventMessage<?> message, LocalDate on, int minutes, String place) {
        Object officer = message.getMetaData().get("actingUser");
        Object body = message.getMetaData().get("unionBody");
        Document d = new Document("_id", message.getIdentifier()).append("officer", officer == null ? "" : officer.toString())
                .append("body", body == null ? "" : body.toString()).append("year", on.getYear()).append("minutes", minutes).append("place", place);
        return new ReplaceOneModel<>(new Document("_id", message.getIdentifier()), d, new ReplaceOptions().upsert(true));
    }
}
