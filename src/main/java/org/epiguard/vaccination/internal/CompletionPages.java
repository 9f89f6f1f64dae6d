package org.epiguard.vaccination.internal;

import org.epiguard.access.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/** Completing and reopening a commune's list, the completion board and the province's deadline. */
@Controller
@RequestMapping("/vaccination/outreach")
class CompletionPages {

    private final OutreachPlaces places;
    private final ListCompletions completions;
    private final CompletionBoard board;

    CompletionPages(OutreachPlaces places, ListCompletions completions, CompletionBoard board) {
        this.places = places;
        this.completions = completions;
        this.board = board;
    }

    @PostMapping("/complete")
    String complete(@RequestParam(required = false) String commune) {
        var place = places.require(commune, null);
        completions.complete(place);
        return "redirect:/vaccination/outreach?commune=" + place.communeCode() + "&completed";
    }

    @PostMapping("/reopen")
    String reopen(@RequestParam(required = false) String commune) {
        var place = places.require(commune, null);
        completions.reopen(place);
        return "redirect:/vaccination/outreach?commune=" + place.communeCode() + "&reopened";
    }

    @ExceptionHandler(ListCompletions.ReasonsMissing.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String reasonsMissing(ListCompletions.ReasonsMissing e, Model model) {
        model.addAttribute("missing", e.missing);
        return "vaccination/outreach-missing";
    }

    @GetMapping("/completion")
    String completion(@RequestParam(required = false) String district, Model model) {
        var me = places.listKeeper();
        model.addAttribute("board", board.of(me, district));
        model.addAttribute("district", district);
        model.addAttribute("canSetDeadline", me.role() == Role.PROVINCE_COMMITTEE || me.role() == Role.SYSTEM_ADMIN);
        return "vaccination/outreach-completion";
    }

    @PostMapping("/deadline")
    String deadline(@RequestParam(required = false) String deadline) {
        var me = places.listKeeper();
        if (deadline == null || deadline.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "deadline: a date is required");
        }
        String province = me.captureScope().code();
        if (me.captureScope().level() != org.epiguard.access.ScopeLevel.PROVINCE) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only the provincial committee sets the deadline");
        }
        completions.setDeadline(province, OutreachDates.parse("deadline", deadline));
        return "redirect:/vaccination/outreach/completion";
    }
}
