package org.fundingrules.examples.spark;

import org.apache.spark.sql.SparkSession;

/** A local Spark session for runs on one machine: no UI, the loopback address, few shuffle partitions. */
public final class Sessions {
    private Sessions() {
    }

    /** A session on {@code local[threads]}. */
    public static SparkSession local(int threads) {
        return SparkSession.builder()
                .master("local[" + threads + "]")
                .appName("fundingrules-register")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", String.valueOf(4 * threads))
                .getOrCreate();
    }
}
