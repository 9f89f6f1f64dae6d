package org.epiguard.testing;

import java.time.LocalDate;
import java.util.List;

/**
 * Testing figures of a province for the situation dashboard, aggregated per commune without names (the
 * caller decides who may see them). Tests count as on the testing situation page: by the calendar day of
 * their result in Asia/Ho_Chi_Minh and the test's commune, a pool's RT-PCR once (the results it gives its
 * members are not tests of their own); kits as on the kit page (received plus adjusted minus the
 * professional rapid tests done in the commune).
 */
public interface TestingFigures {

    /** Tests per commune and day for the days {@code first..last}, only communes and days with a test. */
    List<CommuneDayTests> perCommuneDay(String provinceCode, LocalDate first, LocalDate last);

    /** Every commune of the province with its rapid-test kit stock at the end of a day. */
    List<CommuneKits> kitStock(String provinceCode, LocalDate on);

    record CommuneDayTests(LocalDate day, String communeCode, long tests, long positive, long negative) {
    }

    record CommuneKits(String communeCode, long stock) {
    }
}
