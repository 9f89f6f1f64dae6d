package org.epiguard.geo.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.GeoDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;

/** The boundary import page (administrators): the upload form, the outcome by feature, what is stored. */
@Controller
class BoundaryPages {

    private final AccessContext access;
    private final BoundaryImporter importer;
    private final BoundaryStore store;
    private final GeoDirectory geo;
    private final Messages messages;

    BoundaryPages(AccessContext access, BoundaryImporter importer, BoundaryStore store, GeoDirectory geo,
                  Messages messages) {
        this.access = access;
        this.importer = importer;
        this.store = store;
        this.geo = geo;
        this.messages = messages;
    }

    @GetMapping("/geo/boundaries")
    String form(Model model) {
        return page(model, BoundaryImporter.DEFAULT_CODE_PROPERTY);
    }

    @PostMapping("/geo/boundaries")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String codeProperty,
                  Model model) throws IOException {
        requireAdmin();
        try {
            model.addAttribute("result", importer.importFile(PopulationController.fileName(file), file.getBytes(),
                    codeProperty));
        } catch (InvalidInput e) {
            model.addAttribute("error", messages.byField(e).values().iterator().next());
        }
        return page(model, codeProperty == null || codeProperty.isBlank() ? BoundaryImporter.DEFAULT_CODE_PROPERTY
                : codeProperty.strip());
    }

    private String page(Model model, String codeProperty) {
        CurrentUser user = requireAdmin();
        String province = user.viewScope().level() == ScopeLevel.PROVINCE ? user.viewScope().code()
                : geo.provinces().getFirst().code();
        model.addAttribute("province", geo.name(province));
        model.addAttribute("counts", store.countsIn(province));
        model.addAttribute("codeProperty", codeProperty);
        model.addAttribute("maxMegabytes", BoundaryImporter.MAX_MEGABYTES);
        return "geo/boundaries";
    }

    private CurrentUser requireAdmin() {
        CurrentUser user = access.currentUser();
        if (!BoundaryImporter.mayImport(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }
}
