package fi.rekisteri.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.jpa.JpaProcessingLog;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** What the shop must do on any database: the H2 and PostgreSQL test classes run it. */
abstract class ShopContract {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JpaProcessingLog log;

    @Autowired
    Newsletters newsletters;

    MockMvc mvc;

    String customer;

    @BeforeEach
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
        customer = "C-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/customers").contentType(MediaType.APPLICATION_JSON).content("""
                {"customerNumber": "%s", "name": "Aino Asiakas", "email": "aino@example.invalid",
                 "address": "Paahtimontie 4, 20100 Turku"}""".formatted(customer)))
                .andExpect(status().isCreated());
    }

    @Test
    void ordersArePlacedAndReadUnderTheirPurposesAndEachAccessIsLogged() throws Exception {
        mvc.perform(post("/customers/{c}/orders", customer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": \"1 kg Tumma paahto\", \"totalCents\": 2490}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalCents").value(2490));
        mvc.perform(get("/customers/{c}/orders", customer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].items").value("1 kg Tumma paahto"));

        List<ProcessingEntry> entries = log.about(SubjectId.of(customer), 100).entries();
        assertThat(entries).extracting(ProcessingEntry::purpose)
                .contains("orders", "customer-service");
        assertThat(entries).filteredOn(e -> e.purpose().equals("customer-service"))
                .allSatisfy(e -> {
                    assertThat(e.categories()).containsExactly("orders");
                    assertThat(e.actor()).isEqualTo("customer-service");
                });
        // Reading the customer for the order was recorded too, under the purpose the order was placed for.
        assertThat(entries).filteredOn(e -> e.purpose().equals("orders"))
                .anySatisfy(e -> assertThat(e.categories()).contains("contact"));
    }

    @Test
    void theNewsletterGoesOnlyToACustomerWhoseConsentIsLive() throws Exception {
        mvc.perform(post("/customers/{c}/newsletter", customer))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.purpose").value("newsletter"))
                .andExpect(jsonPath("$.reason").value("no-consent"));
        assertThat(newsletters.sentTo()).doesNotContain(customer);

        mvc.perform(put("/customers/{c}/consents/newsletter", customer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"textVersion\": \"2026-10\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.liveConsents[0]").value("newsletter"));
        mvc.perform(post("/customers/{c}/newsletter", customer)).andExpect(status().isAccepted());
        assertThat(newsletters.sentTo()).containsOnlyOnce(customer);

        mvc.perform(delete("/customers/{c}/consents/newsletter", customer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.liveConsents").isEmpty());
        mvc.perform(post("/customers/{c}/newsletter", customer)).andExpect(status().isForbidden());
        assertThat(newsletters.sentTo()).containsOnlyOnce(customer);
    }

    @Test
    void errorsNameTheCustomerByPseudonymOnly() throws Exception {
        String body = mvc.perform(post("/customers/{c}/orders", "C-nobody").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": \"x\", \"totalCents\": 1}"))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("C-nobody").contains(SubjectId.of("C-nobody").pseudonym());
    }
}
