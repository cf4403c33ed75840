package org.caseledger.api.web;

import org.caseledger.api.problems.ApiProblem;
import org.caseledger.api.store.StoreBackup;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/backups} (ADMIN): a consistent copy of the embedded store, taken while the service runs,
 * written under {@code <data-dir>/backups}. Restored with the service stopped:
 * {@code java -jar caseledger-exec.jar restore <backup.zip> [data-dir]}.
 */
@RestController
public class BackupController {

    private final StoreBackup backups;

    public BackupController(StoreBackup backups) {
        this.backups = backups;
    }

    @PostMapping("/api/admin/backups")
    public ResponseEntity<StoreBackup.Written> backup() {
        if (!backups.available()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "BACKUP_NOT_AVAILABLE", null,
                    "the service backs up only the embedded store on a file; back up a MongoDB with its own tools (mongodump)");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(backups.backup());
    }
}
