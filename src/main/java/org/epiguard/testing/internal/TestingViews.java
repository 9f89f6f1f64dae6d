package org.epiguard.testing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.people.PeopleDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.List;

/** Samples and pools with their results as users read them: inside the view scope, else 404. */
@Service
class TestingViews {

    record SampleView(long id, String barcode, long personId, String personName, Priority priority, Instant collectedAt,
                      String placeCommuneCode, Long placeUnitId, Long collectingUnitId, Long labUnitId,
                      String poolBarcode, boolean suspected, List<TestRow> results) {
    }

    record PoolView(long id, String barcode, AreaRisk areaRisk, Instant pooledAt, int maxMembers, int memberCount,
                    Long collectingUnitId, Long labUnitId, String communeCode, List<String> sampleBarcodes,
                    List<TestRow> results) {
    }

    private final AccessContext access;
    private final PeopleDirectory people;
    private final SampleRepository samples;
    private final PoolRepository pools;
    private final TestRepository tests;
    private final RetestOrders retests;

    TestingViews(AccessContext access, PeopleDirectory people, SampleRepository samples, PoolRepository pools,
                 TestRepository tests, RetestOrders retests) {
        this.access = access;
        this.people = people;
        this.samples = samples;
        this.pools = pools;
        this.tests = tests;
        this.retests = retests;
    }

    CurrentUser reader() {
        CurrentUser user = access.currentUser();
        TestingAccess.requireRead(user);
        return user;
    }

    SampleView sample(String barcode) {
        CurrentUser user = reader();
        return samples.byBarcode(barcode.strip(), user.viewScope()).map(this::view).orElseThrow(TestingViews::notFound);
    }

    /** The samples of a person in the user's view scope (404 when the person is not), newest first. */
    List<SampleView> ofPerson(long personId) {
        CurrentUser user = reader();
        people.find(user, personId).orElseThrow(TestingViews::notFound);
        return samples.ofPerson(personId, user.viewScope()).stream().map(this::view).toList();
    }

    PoolView pool(String barcode) {
        CurrentUser user = reader();
        PoolRow pool = pools.byBarcode(barcode.strip(), user.viewScope()).orElseThrow(TestingViews::notFound);
        List<String> members = samples.ofPool(pool.id(), user.viewScope()).stream().map(SampleRow::barcode).toList();
        return new PoolView(pool.id(), pool.barcode(), pool.areaRisk(), pool.pooledAt(), pool.maxMembers(),
                pool.memberCount(), pool.collectingUnitId(), pool.labUnitId(), pool.location().communeCode(), members,
                tests.ofPool(pool.id()));
    }

    boolean isPool(String barcode) {
        return pools.byBarcode(barcode.strip(), reader().viewScope()).isPresent();
    }

    private SampleView view(SampleRow s) {
        return new SampleView(s.id(), s.barcode(), s.personId(), s.personName(), s.priority(), s.collectedAt(),
                s.placeCommuneCode(), s.placeUnitId(), s.collectingUnitId(), s.labUnitId(), s.poolBarcode(),
                retests.suspected(s.personId()), tests.ofSample(s.id()));
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
