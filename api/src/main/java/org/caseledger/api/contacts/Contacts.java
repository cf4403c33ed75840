package org.caseledger.api.contacts;

import org.axonframework.eventhandling.DomainEventMessage;
import org.caseledger.api.people.People;
import org.caseledger.api.security.CaseOwnership;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.core.contact.ContactRecorded;
import org.caseledger.core.contact.DocumentAttached;
import org.caseledger.core.kernel.MetadataKeys;
import org.caseledger.core.workorder.WorkOrderContactRecorded;
import org.caseledger.eventstore.StoredStreams;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * 联系记录 and 附件 as read from the events (opened as the store opens them: an erased worker's words read 已删除):
 * the contacts of a case, of a work order and of a person across his places, the documents of a case, and the time each
 * officer recorded in a year (for the annual report of legal-aid work).
 */
@Component
public class Contacts {

    private final StoredStreams streams;
    private final CaseOwnership ownership;
    private final org.caseledger.projections.ReadModels readModels;

    public Contacts(StoredStreams streams, CaseOwnership ownership, org.caseledger.projections.ReadModels readModels) {
        this.streams = streams;
        this.ownership = ownership;
        this.readModels = readModels;
    }

    /** One contact: when, what kind, where, about whom, who recorded it, how long, what was said. */
    public record Contact(LocalDate on, String kind, String caseId, String claimantId, String workOrderId, String officer, int minutes,
                          String text) {
    }

    /** One attached document: its id, kind, whose, its title, type, size, SHA-256, the event that recorded it. */
    public record Attachment(String attachmentId, String kind, String claimantId, String title, String contentType, long size,
                             String sha256, LocalDate on, long seq, String officer) {
    }

    public List<Contact> ofCase(String caseId) {
        List<Contact> contacts = new ArrayList<>();
        for (DomainEventMessage<?> m : streams.eventsFrom(caseId, 0)) {
            if (m.getPayload() instanceof ContactRecorded c) {
                contacts.add(new Contact(c.occurredOn(), c.kind().name(), caseId, c.claimantId() == null ? null : c.claimantId().value(), null,
                        officer(m), c.minutes(), c.personalData().text()));
            }
        }
        return contacts;
    }

    public List<Contact> ofWorkOrder(String workOrderId) {
        List<Contact> contacts = new ArrayList<>();
        for (DomainEventMessage<?> m : streams.eventsFrom(workOrderId, 0)) {
            if (m.getPayload() instanceof WorkOrderContactRecorded c) {
                contacts.add(new Contact(c.occurredOn(), c.kind().name(), null, null, workOrderId, officer(m), c.minutes(), c.personalData().text()));
            }
        }
        return contacts;
    }

    public List<Attachment> attachmentsOf(String caseId) {
        List<Attachment> attachments = new ArrayList<>();
        for (DomainEventMessage<?> m : streams.eventsFrom(caseId, 0)) {
            if (m.getPayload() instanceof DocumentAttached d) {
                attachments.add(new Attachment(d.attachmentId(), d.kind().name(), d.claimantId() == null ? null : d.claimantId().value(),
                        d.personalData().text(), d.contentType(), d.size(), d.sha256(), d.occurredOn(), m.getSequenceNumber(), officer(m)));
            }
        }
        return attachments;
    }

    /** The contacts with a person at each of his places the reader may read (words for the case's own officers and auditors). */
    public List<Contact> about(CaseledgerUser user, People.Person person) {
        List<Contact> contacts = new ArrayList<>();
        for (People.Place p : person.places()) {
            if (p.name() == null) {
                continue; // a body above reads the figures, not what was said
            }
            if (p.caseId() != null) {
                ofCase(p.caseId()).stream().filter(c -> p.claimantId().equals(c.claimantId())).forEach(contacts::add);
            } else {
                contacts.addAll(ofWorkOrder(p.workOrderId()));
            }
        }
        contacts.sort(Comparator.comparing(Contact::on).reversed());
        return contacts;
    }

    /** Contacts and minutes recorded per officer in a year, over the bodies the reader may read (for the annual report). */
    public Map<String, org.caseledger.projections.people.ContactTime.OfficerYear> timeByOfficer(CaseledgerUser user, Year year) {
        return readModels.active().contactTimeQuery().byOfficer(year.getValue(), user::maySee);
    }

    private static String officer(DomainEventMessage<?> m) {
        Object user = m.getMetaData().get(MetadataKeys.ACTING_USER);
        return user == null ? "" : user.toString();
    }
}
