package org.epiguard.testing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.platform.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Chiến dịch xét nghiệm" in the main navigation for those who read test results, "Xét nghiệm đầu ca"
 * for enterprises; and the running campaigns a sample or rapid test may be tagged with on the entry form.
 */
@Configuration(proxyBeanMethods = false)
class CampaignNavigation {

    @Bean
    NavItem testingCampaignsNav() {
        return new NavItem(31, "/testing/campaigns", "testing.campaigns.nav",
                TestingAccess.READ.stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }

    @Bean
    NavItem testingPreShiftNav() {
        return new NavItem(32, "/testing/pre-shift", "testing.preShift.nav", Set.of(Role.ENTERPRISE.name()));
    }

    /** The campaigns running today in the user's scope, for the sample and rapid test forms. */
    @ControllerAdvice(assignableTypes = TestingPages.class)
    static class SampleFormCampaigns {

        private final CampaignRepository campaigns;
        private final AccessContext access;

        SampleFormCampaigns(CampaignRepository campaigns, AccessContext access) {
            this.campaigns = campaigns;
            this.access = access;
        }

        @ModelAttribute("campaignChoices")
        List<Campaign> campaignChoices() {
            CurrentUser user = access.currentUser();
            return campaigns.running(user.viewScope(), CampaignDays.today());
        }
    }
}
