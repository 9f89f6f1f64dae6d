package org.epiguard.testing.internal;

import org.epiguard.people.PeopleDirectory;
import org.epiguard.people.PersonHit;
import org.epiguard.testing.TestKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The testing pages: find a sample by scanning or typing its barcode or find the person; a person's
 * samples and results; take a sample, record a rapid test, pool samples, record a result; the people
 * to re-sample after a positive pool and the alerts of positive rapid tests.
 */
@Controller
class TestingPages {

    static final int SEARCH_LIMIT = 30;
    static final int LIST_LIMIT = 500;

    private final TestingViews views;
    private final SampleEntry samples;
    private final PoolEntry pools;
    private final ResultEntry results;
    private final RetestOrders retests;
    private final Alerts alerts;
    private final PeopleDirectory people;
    private final PageSupport support;

    TestingPages(TestingViews views, SampleEntry samples, PoolEntry pools, ResultEntry results, RetestOrders retests,
                 Alerts alerts, PeopleDirectory people, PageSupport support) {
        this.views = views;
        this.samples = samples;
        this.pools = pools;
        this.results = results;
        this.retests = retests;
        this.alerts = alerts;
        this.people = people;
        this.support = support;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("kinds", TestKind.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("risks", AreaRisk.values());
        model.addAttribute("ui", support);
    }

    @GetMapping("/testing")
    String index(@RequestParam(required = false) String q, @RequestParam(required = false) String missing, Model model) {
        var user = views.reader();
        model.addAttribute("q", q);
        model.addAttribute("missing", missing);
        model.addAttribute("mayEnter", TestingAccess.mayEnter(user));
        model.addAttribute("hits", q == null || q.isBlank() ? List.of() : people.search(user, q, SEARCH_LIMIT));
        return "testing/index";
    }

    @GetMapping("/testing/find")
    String find(@RequestParam String barcode) {
        String code = barcode.strip();
        String path = UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
        if (code.isEmpty()) {
            return "redirect:/testing";
        }
        if (views.isPool(code)) {
            return "redirect:/testing/pools/" + path;
        }
        try {
            views.sample(code);
            return "redirect:/testing/samples/" + path;
        } catch (org.springframework.web.server.ResponseStatusException e) {
            return "redirect:/testing?missing=" + UriUtils.encodeQueryParam(code, StandardCharsets.UTF_8);
        }
    }

    @GetMapping("/testing/people/{id}")
    String person(@PathVariable long id, Model model) {
        var user = views.reader();
        model.addAttribute("samples", views.ofPerson(id));
        model.addAttribute("person", people.find(user, id).orElseThrow(TestingViews::notFound));
        model.addAttribute("suspected", retests.suspected(id));
        model.addAttribute("mayEnter", TestingAccess.mayEnter(user));
        return "testing/person";
    }

    @GetMapping("/testing/samples/new")
    String sampleForm(@RequestParam long personId, Model model) {
        return sampleForm(model, personId, false, new SampleInput(null, personId, null, Fields.show(java.time.Instant.now()),
                null, null, null, null), null, Map.of());
    }

    @PostMapping("/testing/samples/new")
    String createSample(SampleInput input, Model model) {
        try {
            SampleRow row = samples.record(input);
            return "redirect:/testing/samples/" + UriUtils.encodePathSegment(row.barcode(), StandardCharsets.UTF_8);
        } catch (InvalidTestingInput e) {
            return sampleForm(model, input.personId(), false, input, null, support.errors(e));
        }
    }

    @GetMapping("/testing/rapid-tests/new")
    String rapidForm(@RequestParam long personId, Model model) {
        return sampleForm(model, personId, true, new SampleInput(null, personId, null, Fields.show(java.time.Instant.now()),
                null, null, null, null), new RapidTestInput(personId, TestKind.RAPID_PROFESSIONAL.name(), null, null, null,
                null, null, null, null), Map.of());
    }

    @PostMapping("/testing/rapid-tests/new")
    String createRapid(RapidTestInput input, Model model) {
        try {
            results.recordRapid(input);
            return "redirect:/testing/people/" + input.personId();
        } catch (InvalidTestingInput e) {
            SampleInput shown = new SampleInput(input.barcode(), input.personId(), input.priority(), input.testedAt(),
                    input.placeCommuneCode(), input.placeUnitId(), input.unitId(), null, input.campaignId());
            return sampleForm(model, input.personId(), true, shown, input, support.errors(e));
        }
    }

    private String sampleForm(Model model, Long personId, boolean rapid, SampleInput input, RapidTestInput rapidInput,
                              Map<String, String> errors) {
        PersonHit person = samples.person(personId == null ? -1 : personId);
        support.units(model, views.reader());
        model.addAttribute("person", person);
        model.addAttribute("rapid", rapid);
        model.addAttribute("input", input);
        model.addAttribute("rapidInput", rapidInput);
        model.addAttribute("errors", errors);
        return "testing/sample-form";
    }

    @GetMapping("/testing/samples/{barcode}")
    String sample(@PathVariable String barcode, Model model) {
        return samplePage(model, barcode, null, Map.of());
    }

    @PostMapping("/testing/samples/{barcode}/result")
    String sampleResult(@PathVariable String barcode, ResultInput input, Model model) {
        try {
            results.record(new ResultInput(input.kind(), barcode, null, input.outcome(), input.ctValue(), input.resultAt(),
                    input.unitId()));
            return "redirect:/testing/samples/" + UriUtils.encodePathSegment(barcode, StandardCharsets.UTF_8);
        } catch (InvalidTestingInput e) {
            return samplePage(model, barcode, input, support.errors(e));
        }
    }

    private String samplePage(Model model, String barcode, ResultInput input, Map<String, String> errors) {
        var sample = views.sample(barcode);
        model.addAttribute("sample", sample);
        resultForm(model, input, errors);
        return "testing/sample";
    }

    private void resultForm(Model model, ResultInput input, Map<String, String> errors) {
        var user = views.reader();
        model.addAttribute("mayEnter", TestingAccess.mayEnter(user));
        model.addAttribute("labs", support.labsOf(user));
        model.addAttribute("result", input != null ? input
                : new ResultInput(null, null, null, null, null, Fields.show(java.time.Instant.now()), null));
        model.addAttribute("errors", errors);
    }

    @GetMapping("/testing/pools/new")
    String poolForm(Model model) {
        return poolForm(model, new PoolInput(null, AreaRisk.LOW.name(), Fields.show(java.time.Instant.now()), List.of(),
                null, null), Map.of());
    }

    @PostMapping("/testing/pools/new")
    String createPool(@RequestParam(required = false) String barcode, @RequestParam(required = false) String areaRisk,
                      @RequestParam(required = false) String pooledAt, @RequestParam(defaultValue = "") String sampleBarcodes,
                      @RequestParam(required = false) Long collectingUnitId, @RequestParam(required = false) Long labUnitId,
                      Model model) {
        List<String> members = Arrays.stream(sampleBarcodes.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
        PoolInput input = new PoolInput(barcode, areaRisk, pooledAt, members, collectingUnitId, labUnitId);
        try {
            PoolRow row = pools.record(input);
            return "redirect:/testing/pools/" + UriUtils.encodePathSegment(row.barcode(), StandardCharsets.UTF_8);
        } catch (InvalidTestingInput e) {
            return poolForm(model, input, support.errors(e));
        }
    }

    private String poolForm(Model model, PoolInput input, Map<String, String> errors) {
        support.units(model, views.reader());
        model.addAttribute("input", input);
        model.addAttribute("members", String.join("\n", input.sampleBarcodes()));
        model.addAttribute("errors", errors);
        return "testing/pool-form";
    }

    @GetMapping("/testing/pools/{barcode}")
    String pool(@PathVariable String barcode, Model model) {
        return poolPage(model, barcode, null, Map.of());
    }

    @PostMapping("/testing/pools/{barcode}/result")
    String poolResult(@PathVariable String barcode, ResultInput input, Model model) {
        try {
            results.record(new ResultInput(TestKind.PCR_POOL.name(), null, barcode, input.outcome(), input.ctValue(),
                    input.resultAt(), input.unitId()));
            return "redirect:/testing/pools/" + UriUtils.encodePathSegment(barcode, StandardCharsets.UTF_8);
        } catch (InvalidTestingInput e) {
            return poolPage(model, barcode, input, support.errors(e));
        }
    }

    private String poolPage(Model model, String barcode, ResultInput input, Map<String, String> errors) {
        model.addAttribute("pool", views.pool(barcode));
        resultForm(model, input, errors);
        return "testing/pool";
    }

    @GetMapping("/testing/retests")
    String retests(Model model) {
        model.addAttribute("orders", retests.open(views.reader().viewScope(), false, LIST_LIMIT));
        return "testing/retests";
    }

    @GetMapping("/testing/alerts")
    String alerts(Model model) {
        model.addAttribute("alerts", alerts.latest(views.reader().viewScope(), LIST_LIMIT));
        return "testing/alerts";
    }
}
