package org.caseledger.api;

import org.caseledger.api.settings.CaseledgerProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** caseledger: an event-sourced case engine for trade-union legal aid in wage-arrears cases. */
@SpringBootApplication(exclude = MongoAutoConfiguration.class)
@EnableConfigurationProperties({CaseledgerProperties.class, org.caseledger.api.settings.WorkOrderSettings.class, org.caseledger.api.security.UsersProperties.class,
        org.caseledger.api.security.UnionBodyRegistry.class})
public class CaseLedgerApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("restore")) {
            System.exit(RestoreCommand.run(args, System.out));
        }
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(org.caseledger.api.integrity.CaseFileVerifier.run(args, System.out));
        }
        quietAxon();
        SpringApplication.run(CaseLedgerApplication.class, args);
    }

    /** Axon 4.12+ checks for updates over the network and prints a console banner unless told not to. */
    public static void quietAxon() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
    }
}
