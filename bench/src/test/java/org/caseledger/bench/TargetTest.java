package org.caseledger.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A section's store on a MongoDB: its own database, the URI's other settings kept. */
class TargetTest {

    @Test
    void the_database_is_the_sections_and_the_options_stay() {
        assertThat(Target.withDatabase("mongodb://db1,db2/caseledger?replicaSet=rs0", "bench_growth", null))
                .isEqualTo("mongodb://db1,db2/bench_growth?replicaSet=rs0");
        assertThat(Target.withDatabase("mongodb://u:p@db1:27017", "bench_raw", null)).isEqualTo("mongodb://u:p@db1:27017/bench_raw");
        assertThat(Target.withDatabase("mongodb+srv://cluster.example.com/?retryWrites=true", "bench_raw", null))
                .isEqualTo("mongodb+srv://cluster.example.com/bench_raw?retryWrites=true");
    }

    @Test
    void a_run_without_durable_appends_replaces_the_write_concern() {
        assertThat(Target.withDatabase("mongodb://db1/caseledger?replicaSet=rs0&w=majority&journal=true", "bench_append", "w=1&journal=false"))
                .isEqualTo("mongodb://db1/bench_append?replicaSet=rs0&w=1&journal=false");
    }

    @Test
    void anything_but_a_mongodb_uri_is_refused() {
        assertThatThrownBy(() -> Target.withDatabase("http://db1/x", "bench_raw", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
