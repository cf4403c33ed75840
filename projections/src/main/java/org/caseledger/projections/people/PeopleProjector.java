package org.caseledger.projections.people;

import org.axonframework.eventhandling.EventHandler;
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
import org.caseledger.core.workorder.WorkOrderConvertedToCase;
import org.caseledger.core.workorder.WorkOrderReceived;
import org.caseledger.core.workorder.WorkOrderReopened;
import org.caseledger.core.workorder.WorkerPersonalDataErased;

/**
 * Keeps the people's blind index and the employers' index from the events, in the same processor and generation as
 * the other read models (a rebuild rebuilds them). The events arrive opened, so the person's data is at hand here
 * only to be turned into tokens; an erased person's events read as erased and give none, and his erasure takes away
 * what the index held for him. Each write is keyed and idempotent: an event delivered again changes nothing.
 */
public class PeopleProjector {

    private final PeopleIndex people;
    private final EmployerIndex employers;
    private final PersonTokens tokens;
    private final com.mongodb.client.MongoCollection<org.bson.Document> contactTime;
    private final ArrearsByIndustry arrears;

    public PeopleProjector(PeopleIndex people, EmployerIndex employers, PersonTokens tokens,
                           com.mongodb.client.MongoCollection<org.bson.Document> contactTime, ArrearsByIndustry arrears) {
        this.arrears = arrears;
        this.people = people;
        this.employers = employers;
        this.tokens = tokens;
        this.contactTime = contactTime;
    }

    /**
     * 联系记录's time, for the annual report: one document per contact, keyed by its event (delivered again, it is written
     * again, never counted twice), naming the officer, his body and the year — never what was said.
     */
    @EventHandler
    public void on(org.caseledger.core.contact.ContactRecorded e, org.axonframework.eventhandling.EventMessage<?> message) {
        time(message, e.occurredOn(), e.minutes(), e.caseId().value());
    }

    @EventHandler
    public void on(org.caseledger.core.workorder.WorkOrderContactRecorded e, org.axonframework.eventhandling.EventMessage<?> message) {
        time(message, e.occurredOn(), e.minutes(), e.workOrderId().value());
    }

    private void time(org.axonframework.eventhandling.EventMessage<?> message, java.time.LocalDate on, int minutes, String place) {
        Object officer = message.getMetaData().get("actingUser");
        Object body = message.getMetaData().get("unionBody");
        org.bson.Document d = new org.bson.Document("_id", message.getIdentifier()).append("officer", officer == null ? "" : officer.toString())
                .append("body", body == null ? "" : body.toString()).append("year", on.getYear()).append("minutes", minutes).append("place", place);
        contactTime.replaceOne(new org.bson.Document("_id", message.getIdentifier()), d, new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    private static String caseOwner(String caseId) {
        return "case|" + caseId;
    }

    @EventHandler
    public void on(WageClaimFiled e) {
        String caseId = e.caseId().value();
        for (NewClaimant c : e.claimants()) {
            person(PeopleIndex.casePlace(caseId, c.claimantId().value()), c.personalData());
            arrears.claim(e.unionBody().name(), e.industry(), e.occurredOn(), caseId, c.claimantId().value(), c.claimed().fen());
        }
        for (Obligor o : e.obligors()) {
            employers.name(caseOwner(caseId), "case|" + caseId + "|" + o.obligorId().value(), o.name(), o.creditCode(), true);
        }
    }

    @EventHandler
    public void on(ClaimantAdded e) {
        person(PeopleIndex.casePlace(e.caseId().value(), e.claimant().claimantId().value()), e.claimant().personalData());
    }

    @EventHandler
    public void on(ClaimantPersonalDataCorrected e) {
        person(PeopleIndex.casePlace(e.caseId().value(), e.claimantId().value()), e.personalData());
    }

    @EventHandler
    public void on(ClaimantPersonalDataErased e) {
        people.remove(PeopleIndex.casePlace(e.caseId().value(), e.claimantId().value()));
    }

    @EventHandler
    public void on(SupervisionMatterOpened e) {
        String caseId = e.caseId().value();
        for (ConcernedEmployer m : e.employers()) {
            employers.name(caseOwner(caseId), "case|" + caseId + "|" + m.obligorId().value(), m.name(), m.creditCode(), true);
        }
    }

    @EventHandler
    public void on(JudgmentDebtorAdded e) {
        String caseId = e.caseId().value();
        employers.name(caseOwner(caseId), "case|" + caseId + "|" + e.obligorId().value(), e.name(), null, true);
    }

    @EventHandler
    public void on(CaseClosed e) {
        employers.open(caseOwner(e.caseId().value()), false);
    }

    @EventHandler
    public void on(CaseReopened e) {
        employers.open(caseOwner(e.caseId().value()), true);
    }

    @EventHandler
    public void on(WorkOrderReceived e) {
        String id = e.workOrderId().value();
        person(PeopleIndex.orderPlace(id), e.personalData());
        if (e.employer() != null) {
            employers.name("order|" + id, "order|" + id, e.employer().name(), e.employer().creditCode(), true);
        }
    }

    @EventHandler
    public void on(WorkerPersonalDataErased e) {
        people.remove(PeopleIndex.orderPlace(e.workOrderId().value()));
    }

    @EventHandler
    public void on(WorkOrderClosed e) {
        employers.open("order|" + e.workOrderId().value(), false);
    }

    @EventHandler
    public void on(WorkOrderConvertedToCase e) {
        employers.open("order|" + e.workOrderId().value(), false); // the case it became counts from now on
    }

    @EventHandler
    public void on(WorkOrderReopened e) {
        employers.open("order|" + e.workOrderId().value(), true);
    }

    private void person(String place, PersonalData p) {
        people.index(place, p == null ? java.util.List.of() : tokens.of(p.name(), p.idCardNumber(), p.phone()));
    }
}
