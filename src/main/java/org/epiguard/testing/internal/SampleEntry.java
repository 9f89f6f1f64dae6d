package org.epiguard.testing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.OrgUnit;
import org.epiguard.people.PeopleDirectory;
import org.epiguard.people.PersonHit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Single sample entry: the person must be in the user's view scope (else 404), the sample (at the
 * person's address, with the collecting unit) in their capture scope (else 403). Every field is
 * checked, each problem under its field. Written with its audit record in one transaction; a new
 * sample of a person with an open retest order is the re-sample the commune was asked for. A sample
 * may be tagged with a running screening campaign the user sees.
 */
@Service
class SampleEntry {

    private final AccessContext access;
    private final PeopleDirectory people;
    private final GeoDirectory geo;
    private final UnitChecks units;
    private final SampleRepository samples;
    private final RetestOrders retests;
    private final AuditTrail audit;
    private final CampaignEntry campaigns;
    private final CampaignRepository campaignTags;

    SampleEntry(AccessContext access, PeopleDirectory people, GeoDirectory geo, UnitChecks units,
                SampleRepository samples, RetestOrders retests, AuditTrail audit, CampaignEntry campaigns,
                CampaignRepository campaignTags) {
        this.campaigns = campaigns;
        this.campaignTags = campaignTags;
        this.access = access;
        this.people = people;
        this.geo = geo;
        this.units = units;
        this.samples = samples;
        this.retests = retests;
        this.audit = audit;
    }

    /** The person inside the current user's view scope, or 404. */
    PersonHit person(long personId) {
        return people.find(access.currentUser(), personId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Transactional
    SampleRow record(SampleInput input) {
        return record(input, true, new ArrayList<>());
    }

    /**
     * Checks and writes a sample. {@code earlier} holds problems the caller found in its own fields
     * (a rapid test's kind and result), reported together with the sample's.
     */
    @Transactional
    SampleRow record(SampleInput input, boolean barcodeRequired, List<TestingProblem> earlier) {
        CurrentUser user = access.currentUser();
        TestingAccess.requireEntry(user);
        if (input.personId() == null) {
            earlier.add(TestingProblem.of("personId", "REQUIRED"));
            throw new InvalidTestingInput(earlier);
        }
        PersonHit person = person(input.personId());
        Location home = geo.communeLocation(person.communeCode())
                .orElseThrow(() -> new IllegalStateException("person " + person.id() + " lives in no commune"));
        Long collectingId = input.collectingUnitId() != null ? input.collectingUnitId() : TestingAccess.ownUnit(user);
        access.requireCapture(home.withUnit(collectingId));

        List<TestingProblem> problems = new ArrayList<>(earlier);
        Optional<String> barcode = Fields.barcode("barcode", input.barcode(), barcodeRequired, problems);
        if (barcode.isPresent() && samples.barcodeTaken(barcode.get())) {
            problems.add(TestingProblem.of("barcode", "BARCODE_TAKEN", barcode.get()));
        }
        Optional<Priority> priority = Fields.choice(Priority.class, "priority", input.priority(), problems);
        Optional<Instant> collectedAt = Fields.pastTime("collectedAt", input.collectedAt(), problems);
        Optional<OrgUnit> collecting = units.visible(user, "collectingUnitId", collectingId, problems);
        Optional<OrgUnit> placeUnit = units.visible(user, "placeUnitId", input.placeUnitId(), problems);
        units.lab("labUnitId", input.labUnitId(), problems);
        String placeCommune = placeCommune(input, home, collecting, placeUnit, problems);
        Optional<Campaign> campaign = campaigns.forSample(user, input.campaignId(),
                collectedAt.map(Fields::dayOf).orElse(null), problems);
        InvalidTestingInput.throwIfAny(problems);

        SampleDraft draft = new SampleDraft(barcode.orElse(null), person.id(), priority.orElseThrow(),
                collectedAt.orElseThrow(), placeCommune, input.placeUnitId(), collectingId, input.labUnitId(), home);
        long id = samples.insert(draft, user.id())
                .orElseThrow(() -> InvalidTestingInput.of("barcode", "BARCODE_TAKEN", draft.barcode()));
        var fields = draft.auditFields();
        campaign.ifPresent(c -> {
            campaignTags.tag(id, c.id());
            fields.put("campaignId", c.id());
        });
        audit.record(AuditTrail.Action.CREATE, "testing_sample", id, home,
                "sample " + (draft.barcode() == null ? "#" + id : draft.barcode()) + " of person " + person.id(),
                null, fields);
        retests.resampled(person.id(), id, draft.collectedAt());
        return samples.byId(id, user.viewScope()).orElseThrow();
    }

    /** The commune where the sample was taken: as entered, else the place's, the collecting unit's, the person's. */
    private String placeCommune(SampleInput input, Location home, Optional<OrgUnit> collecting,
                                Optional<OrgUnit> placeUnit, List<TestingProblem> problems) {
        String code = input.placeCommuneCode() == null || input.placeCommuneCode().isBlank() ? null
                : input.placeCommuneCode().strip();
        if (code != null) {
            if (geo.communeLocation(code).isEmpty()) {
                problems.add(TestingProblem.of("placeCommuneCode", "UNKNOWN_COMMUNE", code));
            } else if (placeUnit.isPresent() && !placeUnit.get().communeCode().equals(code)) {
                problems.add(TestingProblem.of("placeUnitId", "PLACE_MISMATCH", placeUnit.get().name(), geo.name(code)));
            }
            return code;
        }
        return placeUnit.or(() -> collecting).map(OrgUnit::communeCode).orElse(home.communeCode());
    }
}
