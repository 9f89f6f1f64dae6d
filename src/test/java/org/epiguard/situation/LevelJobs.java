package org.epiguard.situation;

import com.jayway.jsonpath.JsonPath;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The levels' recompute as a user starts it: a background job for a province on a date, waited for. */
final class LevelJobs {

    private LevelJobs() {
    }

    static void recompute(MockMvc mvc, RequestPostProcessor user, String province, String date) throws Exception {
        String body = mvc.perform(post("/api/v1/situation/levels/recompute").param("date", date)
                        .param("province", province).with(user))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(body, "$.id");
        for (int i = 0; i < 600; i++) {
            String state = JsonPath.read(mvc.perform(get("/api/v1/situation/levels/jobs/" + id).with(user))
                    .andReturn().getResponse().getContentAsString(), "$.state");
            if (state.equals("DONE")) {
                return;
            }
            assertThat(state).isNotEqualTo("FAILED");
            Thread.sleep(100);
        }
        throw new AssertionError("recompute did not finish");
    }
}
