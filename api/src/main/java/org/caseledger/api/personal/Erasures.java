package org.caseledger.api.personal;

import org.caseledger.api.cases.CommandService;
import org.caseledger.api.security.CaseledgerUser;
import org.caseledger.api.store.MongoConnection;
import org.caseledger.api.store.PersonalDataKeys;
import org.caseledger.core.intake.EraseClaimantPersonalData;
import org.caseledger.core.workorder.EraseWorkerPersonalData;
import org.caseledger.core.workorder.WorkOrderId;
import org.caseledger.api.store.PersonalDataSealing;
import org.caseledger.core.kernel.CaseId;
import org.caseledger.core.kernel.ClaimantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 删除个人信息 (个人信息保护法 art. 47), done so that it lasts: the erasure is recorded (an event with the claimant's id and
 * the reason), the person's key destroyed, the store on file purged before the answer (rewritten, compacted and its
 * freed blocks overwritten with zeros, so no byte of the key stays in the file), and the erasure written to a ledger kept beside the store, outside its backups
 * ({@code caseledger.personal-data.erasure-ledger}: ids, time and who, no personal data). A store restored from a backup
 * made before the erasure would bring the person back: at start every ledger entry whose key is found again is erased
 * again (the event recorded anew, "re-applied after a restore") before the service answers.
 */
public class Erasures {

    private static final Logger log = LoggerFactory.getLogger(Erasures.class);
    static final CaseledgerUser SYSTEM = new CaseledgerUser("system", Set.of("ADMIN"), null, Set.of());

    /** One erasure as the ledger keeps it: a claimant of a case, or ({@code workOrder}) the worker of a work order. */
    public record Entry(Instant at, String caseId, String claimantId, String by, boolean workOrder) {
        public Entry(Instant at, String caseId, String claimantId, String by) {
            this(at, caseId, claimantId, by, false);
        }
    }

    /** A line of the ledger naming a work order's worker ends with this column. */
    static final String WORK_ORDER = "work-order";

    private final CommandService commands;
    private final PersonalDataKeys keys;
    private final MongoConnection connection;
    private final Path ledger;
    private final Clock clock;

    public Erasures(CommandService commands, PersonalDataKeys keys, MongoConnection connection, Path ledger, Clock clock) {
        this.commands = commands;
        this.keys = keys;
        this.connection = connection;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Records the erasure, destroys the key, compacts the store and writes the ledger; answers the case's version. */
    public long erase(String caseId, String claimantId, String reason, CaseledgerUser user, String correlationId) {
        EraseClaimantPersonalData command = new EraseClaimantPersonalData(CaseId.of(caseId), ClaimantId.of(claimantId), reason,
                LocalDate.now(clock));
        long version = commands.send(command, caseId, user, null, correlationId);
        record(new Entry(clock.instant(), caseId, claimantId, user.username()));
        keys.erase(caseId, claimantId);
        compact();
        return version;
    }

    /** The same for the worker of a work order (个人信息保护法 art. 47): recorded, key destroyed, store purged, ledger written. */
    public long eraseWorker(String workOrderId, String reason, CaseledgerUser user, String correlationId) {
        long version = commands.send(new EraseWorkerPersonalData(WorkOrderId.of(workOrderId), reason, LocalDate.now(clock)), workOrderId, user,
                null, correlationId);
        record(new Entry(clock.instant(), workOrderId, PersonalDataSealing.WORKER, user.username(), true));
        keys.erase(workOrderId, PersonalDataSealing.WORKER);
        compact();
        return version;
    }

    /** The key's old pages out of the file: the embedded store on file purged (a real MongoDB manages its own files). */
    private void compact() {
        if (connection.embedded() != null) {
            connection.embedded().purgeFreedSpace();
        }
    }

    private synchronized void record(Entry e) {
        if (ledger == null) {
            return;
        }
        try {
            Files.createDirectories(ledger.toAbsolutePath().getParent());
            Files.writeString(ledger, e.at() + "\t" + e.caseId() + "\t" + e.claimantId() + "\t" + e.by() + (e.workOrder() ? "\t" + WORK_ORDER : "")
                            + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write the erasure ledger " + ledger, failure);
        }
    }

    /** The ledger's entries (none without a ledger). */
    public List<Entry> ledger() {
        List<Entry> entries = new ArrayList<>();
        if (ledger == null || !Files.exists(ledger)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(ledger, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length == 4 || f.length == 5) {
                    entries.add(new Entry(Instant.parse(f[0]), f[1], f[2], f[3], f.length == 5 && WORK_ORDER.equals(f[4])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the erasure ledger " + ledger, e);
        }
        return entries;
    }

    /** At start: every person the ledger says was erased and whose key is back (a restored backup) is erased again. */
    public int reapply() {
        int again = 0;
        for (Entry e : ledger()) {
            if (!keys.exists(e.caseId(), e.claimantId())) {
                continue;
            }
            try {
                String why = "re-applied after a restore: erased " + e.at() + " by " + e.by();
                Object command = e.workOrder() ? new EraseWorkerPersonalData(WorkOrderId.of(e.caseId()), why, LocalDate.now(clock))
                        : new EraseClaimantPersonalData(CaseId.of(e.caseId()), ClaimantId.of(e.claimantId()), why, LocalDate.now(clock));
                commands.send(command, e.caseId(), SYSTEM, null, "erasure-ledger");
            } catch (RuntimeException recordedAlready) {
                // the restored store holds the erasure already, or refuses it: the key goes all the same
                log.warn("erasure of {} in case {} re-applied without a new event: {}", e.claimantId(), e.caseId(), recordedAlready.getMessage());
            }
            keys.erase(e.caseId(), e.claimantId());
            again++;
        }
        if (again > 0) {
            compact();
            log.warn("erasure ledger: {} people erased earlier were back (a store restored from an older backup) and are erased again", again);
        }
        return again;
    }
}
