package org.caseledger.projections.people;

import org.bson.Document;
import org.caseledger.embedded.testing.GivenMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token a thousand places share (a common name, a crew's foreman's phone) and an employer named in two thousand
 * matters: their lists stop at the cap and say so; named again, their documents stay as they are; a list that has
 * overflowed stays closed (a place taken off it by an erasure is not given to a newcomer).
 */
class CappedListsTest {

    final GivenMongo mongo = GivenMongo.open("cappedliststest");

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void a_token_shared_by_more_places_than_its_cap_lists_the_first_ones_and_then_changes_no_more() {
        PeopleIndex people = new PeopleIndex(mongo.db.getCollection("people"));
        for (int batch = 0; batch < 11; batch++) { // 1,100 places in batches of 100, as a rebuild's batches bring them
            Map<String, List<String>> byPlace = new LinkedHashMap<>();
            for (int i = batch * 100; i < batch * 100 + 100; i++) {
                byPlace.put("case|C-" + i + "|W1", List.of("name:王伟", "phone:" + i));
            }
            people.indexAll(byPlace, byPlace.keySet());
        }
        PeopleIndex.Postings common = people.places("name:王伟");
        assertThat(common.places()).hasSize(PeopleIndex.MAX_PLACES).contains("case|C-0|W1", "case|C-999|W1").doesNotContain("case|C-1000|W1");
        assertThat(common.overflow()).isTrue();
        assertThat(people.places("phone:1050").places()).containsExactly("case|C-1050|W1");

        Document before = mongo.db.getCollection("people").find(new Document("_id", "t|name:王伟")).first();
        people.indexAll(Map.of("case|C-2000|W1", List.of("name:王伟")), Set.of("case|C-2000|W1"));
        assertThat(mongo.db.getCollection("people").find(new Document("_id", "t|name:王伟")).first()).isEqualTo(before);

        people.remove("case|C-5|W1"); // erased: off the list, which stays closed and says there are more
        people.indexAll(Map.of("case|C-2001|W1", List.of("name:王伟", "phone:2001")), Set.of("case|C-2001|W1"));
        assertThat(people.places("name:王伟").places()).hasSize(PeopleIndex.MAX_PLACES - 1).doesNotContain("case|C-5|W1", "case|C-2001|W1");
        assertThat(people.places("name:王伟").overflow()).isTrue();
        assertThat(people.places("phone:2001").places()).containsExactly("case|C-2001|W1");
    }

    @Test
    void an_employer_named_in_more_matters_than_its_cap_lists_the_first_and_keeps_its_latest_name() {
        EmployerIndex employers = new EmployerIndex(mongo.db.getCollection("employers"));
        for (int batch = 0; batch < 21; batch++) {
            List<EmployerIndex.Naming> namings = new ArrayList<>();
            for (int i = batch * 100; i < batch * 100 + 100; i++) {
                namings.add(new EmployerIndex.Naming("case|C-" + i, "case|C-" + i + "|EMP", "某建设集团有限公司", "91640200MA000000X1", true));
            }
            employers.nameAll(namings);
        }
        String key = EmployerIndex.keyOf(null, "91640200MA000000X1");
        EmployerIndex.Employer big = employers.find(key);
        assertThat(big.places()).hasSize(EmployerIndex.MAX_PLACES).contains("case|C-1999|EMP").doesNotContain("case|C-2000|EMP");
        assertThat(big.overflow()).isTrue();

        Document before = mongo.db.getCollection("employers").find(new Document("_id", "e|" + key)).first();
        employers.nameAll(List.of(new EmployerIndex.Naming("case|C-3000", "case|C-3000|EMP", "某建设集团有限公司", "91640200MA000000X1", true)));
        assertThat(mongo.db.getCollection("employers").find(new Document("_id", "e|" + key)).first()).isEqualTo(before);

        employers.nameAll(List.of(new EmployerIndex.Naming("case|C-3001", "case|C-3001|EMP", "某建设集团股份有限公司", "91640200MA000000X1", true)));
        assertThat(employers.find(key).name()).isEqualTo("某建设集团股份有限公司");
        assertThat(employers.find(key).places()).hasSize(EmployerIndex.MAX_PLACES);
    }
}
