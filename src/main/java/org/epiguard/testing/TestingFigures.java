package org.epiguard.testing;

import java.time.LocalDate;
import java.util.List;

/**
 * Testing figures of a province for the situation dashboard, aggregated per commune without names (the
 * caller decides who may see them). Tests count as on the testing situation page: by the calendar day of
 * their result in Asia/Ho_Chi_Minh and the test's commune, a pool's RT-PCR once (the results it gives its
 * members are not tests of their own). Kits: {@link KitStocks}.
 */
public interface TestingFigures {

    /** Tests per commune and day for the days {@code first..last}, only communes and days with a test. */
    List<CommuneDayTests> perCommuneDay(String provinceCode, LocalDate first, LocalDate last);

    record CommuneDayTests(LocalDate day, String communeCode, long tests, long positive, long negative) {
    }
}
