package org.epiguard.testing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Rapid-test kits per commune for machine clients: stock against population, receipts and adjustments. */
@RestController
@RequestMapping("/api/v1/testing/kits")
@Tag(name = "Rapid-test kits", description = "Kit stock per commune against its population, receipts, adjustments")
class KitApi {

    private final KitStock kits;

    KitApi(KitStock kits) {
        this.kits = kits;
    }

    @GetMapping
    @Operation(summary = "Stock of every commune of the area (province, district or commune code in your view scope, "
            + "default your scope) on a date (dd/MM/yyyy, default today): received, adjusted, used (professional rapid "
            + "tests done in the commune), stock, coverage of the population (%), shortfall")
    KitStock.Report stock(@RequestParam(required = false) String area, @RequestParam(required = false) String date) {
        return kits.report(area, date);
    }

    @GetMapping("/{communeCode}/movements")
    @Operation(summary = "A commune's receipts and adjustments, newest first; 404 outside your view scope")
    List<KitMovements.Movement> movements(@PathVariable String communeCode) {
        return kits.movements(communeCode, TestingApi.LIST_LIMIT);
    }

    @PostMapping("/receipts")
    @Operation(summary = "Kits received by a commune (district command centre, province): communeCode, receivedOn, "
            + "quantity > 0, source: 201; 400 with problems by field; 403 outside your capture scope")
    ResponseEntity<KitMovements.Movement> receive(@RequestBody KitStock.ReceiptInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(kits.receive(input));
    }

    @PostMapping("/adjustments")
    @Operation(summary = "A manual adjustment of a commune's stock (lost, expired: negative; found: positive) with its "
            + "reason (district, province, commune health station): 201; 400 by field; 403 outside your capture scope")
    ResponseEntity<KitMovements.Movement> adjust(@RequestBody KitStock.AdjustmentInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(kits.adjust(input));
    }
}
