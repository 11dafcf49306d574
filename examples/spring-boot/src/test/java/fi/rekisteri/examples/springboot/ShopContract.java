package fi.rekisteri.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectRequest;
import fi.rekisteri.jpa.JpaProcessingLog;
import fi.rekisteri.jpa.LegalHolds;
import fi.rekisteri.jpa.PersonalDataCoverage;
import fi.rekisteri.jpa.StoredRequest;
import fi.rekisteri.jpa.SubjectRequestStore;
import fi.rekisteri.jpa.SweepReport;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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

    @Autowired
    Register register;

    @Autowired
    EntityManagerFactory factory;

    @Autowired
    RetentionSchedule retention;

    @Autowired
    LegalHolds holds;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SubjectRequestStore requestStore;

    MockMvc mvc;

    String customer;

    @BeforeEach
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
        customer = newCustomer("Aino Asiakas", "aino@example.invalid", "Paahtimontie 4, 20100 Turku");
    }

    private String newCustomer(String name, String email, String address) throws Exception {
        String number = "C-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/customers").contentType(MediaType.APPLICATION_JSON).content("""
                {"customerNumber": "%s", "name": "%s", "email": "%s", "address": "%s"}"""
                        .formatted(number, name, email, address)))
                .andExpect(status().isCreated());
        return number;
    }

    private void order(String number, String items) throws Exception {
        mvc.perform(post("/customers/{c}/orders", number).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": \"%s\", \"totalCents\": 1290}".formatted(items)))
                .andExpect(status().isOk());
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

    @Test
    void theAccessReportHoldsEveryValueOfTheCustomerAndNothingOfAnother() throws Exception {
        order(customer, "1 kg Tumma paahto");
        mvc.perform(put("/customers/{c}/consents/newsletter", customer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"textVersion\": \"2026-10\"}")).andExpect(status().isOk());
        String other = newCustomer("Bertil Bergström", "bertil@example.invalid", "Hamngatan 9, 65100 Vasa");
        order(other, "250 g Vaalea paahto");
        List<String> mine = List.of("Aino Asiakas", "aino@example.invalid", "Paahtimontie 4, 20100 Turku",
                "1 kg Tumma paahto", "1290");
        List<String> theirs = List.of(other, "Bertil", "bertil@example.invalid", "Hamngatan", "Vaalea paahto");

        String html = mvc.perform(get("/customers/{c}/access-report", customer).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith("text/html"))
                .andExpect(result -> assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
                        .as("the customer's data is kept by no cache").isEqualTo("no-store"))
                .andExpect(result -> assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE))
                        .isEqualTo("fi"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Sinua koskevat henkilötiedot").contains(mine).contains("2026-10");
        theirs.forEach(value -> assertThat(html).doesNotContain(value));

        String swedish = mvc.perform(get("/customers/{c}/access-report", customer).accept(MediaType.TEXT_HTML)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "sv-FI, en;q=0.8"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(swedish).contains("Dina personuppgifter").contains(mine);

        String json = mvc.perform(get("/customers/{c}/access-report", customer).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value(customer))
                .andExpect(jsonPath("$.consents[0].purpose").value("newsletter"))
                .andExpect(jsonPath("$.unsearched").isEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains(mine);
        theirs.forEach(value -> assertThat(json).doesNotContain(value));

        // A browser gets the document; a client that takes anything, JSON.
        mvc.perform(get("/customers/{c}/access-report", customer)
                        .header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8"))
                .andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith("text/html"));
        mvc.perform(get("/customers/{c}/access-report", customer).header(HttpHeaders.ACCEPT, "*/*"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith("application/json"));

        // Reading the customer's rows for the report is processing too, logged under its own purpose.
        assertThat(log.about(SubjectId.of(customer), 100).entries()).extracting(ProcessingEntry::purpose)
                .contains("subject-requests");
        assertThat(log.about(SubjectId.of(other), 100).entries()).extracting(ProcessingEntry::purpose)
                .doesNotContain("subject-requests");
    }

    @Test
    void theRetentionSweepErasesAndLogsWhatIsDueAndKeepsWhatIsHeld() throws Exception {
        // A fixed now before any row the other tests make: only the rows dated below are due.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));
        Instant longAgo = now.atZone(ZoneOffset.UTC).minus(Period.ofYears(7)).toInstant();
        Instant lately = now.atZone(ZoneOffset.UTC).minus(Period.ofYears(1)).toInstant();
        String gone = customer;
        String recent = newCustomer("Reijo Tuore", "reijo@example.invalid", "Uusikatu 1, 00100 Helsinki");
        String disputed = newCustomer("Kerttu Kiista", "kerttu@example.invalid", "Riitatie 2, 33100 Tampere");
        for (String number : List.of(gone, recent, disputed)) {
            order(number, "500 g Espresso");
        }
        dateBack(gone, longAgo);
        dateBack(recent, lately);
        dateBack(disputed, longAgo);
        holds.holdSubject(SubjectId.of(disputed), "reklamaatio käsittelyssä");

        SweepReport report = retention.sweepAt(Clock.fixed(now, ZoneOffset.UTC));

        assertThat(report.lines()).extracting(SweepReport.Line::entity, SweepReport.Line::category,
                        SweepReport.Line::erased, SweepReport.Line::held)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Customer", "contact", 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("DeliveryAddress", "delivery", 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("ShopOrder", "orders", 1L, 1L));
        assertThat(report.holds()).hasSize(1);

        assertThat(jdbc.queryForList("select name, email from shop_customer where customer_number = ?", gone))
                .singleElement().satisfies(row -> assertThat(row.values()).containsOnlyNulls());
        assertThat(count("shop_delivery_address", gone)).isZero();
        assertThat(count("shop_order", gone)).isZero();
        for (String kept : List.of(recent, disputed)) {
            assertThat(jdbc.queryForObject("select email from shop_customer where customer_number = ?",
                    String.class, kept)).isNotNull();
            assertThat(count("shop_delivery_address", kept)).isOne();
            assertThat(count("shop_order", kept)).isOne();
        }
        assertThat(log.about(SubjectId.of(gone), 100).entries())
                .filteredOn(e -> e.purpose().equals("retention"))
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("retention-sweep"))
                .flatExtracting(ProcessingEntry::categories)
                .containsExactlyInAnyOrder("contact", "delivery", "orders");
        assertThat(log.about(SubjectId.of(disputed), 100).entries()).extracting(ProcessingEntry::purpose)
                .doesNotContain("retention");
        assertThat(log.about(SubjectId.of(recent), 100).entries()).extracting(ProcessingEntry::purpose)
                .doesNotContain("retention");
    }

    @Test
    void anErasureKeepsTheOrdersBookkeepingLawRequiresAndSaysSo() throws Exception {
        order(customer, "1 kg Tumma paahto");
        String other = newCustomer("Bertil Bergström", "bertil@example.invalid", "Hamngatan 9, 65100 Vasa");
        order(other, "250 g Vaalea paahto");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String keptUntil = today.withDayOfYear(1).plusYears(7).minusDays(1).toString();

        String json = mvc.perform(post("/customers/{c}/erasure", customer).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value(customer))
                .andExpect(jsonPath("$.erased[?(@.entity == 'Customer')].category").value("contact"))
                .andExpect(jsonPath("$.erased[?(@.entity == 'DeliveryAddress')].category").value("delivery"))
                .andExpect(jsonPath("$.kept.length()").value(1))
                .andExpect(jsonPath("$.kept[0].entity").value("ShopOrder"))
                .andExpect(jsonPath("$.kept[0].category").value("orders"))
                .andExpect(jsonPath("$.kept[0].purpose").value("accounting"))
                .andExpect(jsonPath("$.kept[0].law.fi").value("Kirjanpitolaki (1336/1997) 2 luku 10 §"))
                .andExpect(jsonPath("$.kept[0].until").value(keptUntil))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain("Aino", "aino@example.invalid", "Paahtimontie");

        // The contact details are gone, the row stays for the orders; the address is gone; the order is kept.
        assertThat(jdbc.queryForList("select name, email from shop_customer where customer_number = ?", customer))
                .singleElement().satisfies(row -> assertThat(row.values()).containsOnlyNulls());
        assertThat(count("shop_delivery_address", customer)).isZero();
        assertThat(jdbc.queryForObject("select items from shop_order where customer_number = ?", String.class,
                customer)).isEqualTo("1 kg Tumma paahto");
        // Nothing of another customer is touched.
        assertThat(jdbc.queryForObject("select email from shop_customer where customer_number = ?", String.class,
                other)).isEqualTo("bertil@example.invalid");
        assertThat(count("shop_delivery_address", other)).isOne();
        assertThat(count("shop_order", other)).isOne();
        assertThat(log.about(SubjectId.of(customer), 100).entries())
                .as("the erasure is recorded, apart from the reading of each row")
                .filteredOn(e -> e.purpose().equals("subject-requests")
                        && e.categories().containsAll(List.of("contact", "delivery")))
                .singleElement().satisfies(e -> assertThat(e.categories()).containsExactlyInAnyOrder("contact",
                        "delivery"));

        // Asked again, in English as HTML: nothing left to erase, the orders kept and why.
        String html = mvc.perform(post("/customers/{c}/erasure", customer).accept(MediaType.TEXT_HTML)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
                        .isEqualTo("no-store"))
                .andExpect(result -> assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE))
                        .isEqualTo("en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Nothing needed erasing", "Kirjanpitolaki (1336/1997) 2 luku 10 §",
                String.valueOf(today.getYear() + 6));

        // Both erasures are kept as requests answered the day they came, with the month's deadline.
        mvc.perform(get("/customers/{c}/requests", customer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].kind").value("erasure"))
                .andExpect(jsonPath("$[0].received").value(today.toString()))
                .andExpect(jsonPath("$[0].identityVerified").value(today.toString()))
                .andExpect(jsonPath("$[0].deadline").value(today.plusMonths(1).toString()))
                .andExpect(jsonPath("$[0].answered").value(today.toString()))
                .andExpect(jsonPath("$[1].status").value("answered-in-time"));
        mvc.perform(get("/customers/{c}/requests", other))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void aRequestByMailIsAnsweredOnlyOnceItsRequesterIsVerifiedAndKeepsItsDeadline() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String created = mvc.perform(post("/customers/{c}/requests", customer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"erasure\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.deadline").value(today.plusMonths(1).toString()))
                .andExpect(jsonPath("$.status").value("open"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/requests/open"))
                .andExpect(jsonPath("$[?(@.id == %d)].deadline".formatted(id)).value(today.plusMonths(1).toString()));

        mvc.perform(post("/requests/{id}/answer", id))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("the identity of request " + id
                        + "'s requester is not verified (GDPR Art. 12(6))"));
        assertThat(jdbc.queryForObject("select email from shop_customer where customer_number = ?", String.class,
                customer)).as("nothing is erased for an unverified requester").isEqualTo("aino@example.invalid");
        String other = newCustomer("Bertil Bergström", "bertil@example.invalid", "Hamngatan 9, 65100 Vasa");
        // The earlier API's ?request= on the customer's address is refused, not ignored: nothing is erased.
        mvc.perform(post("/customers/{c}/erasure", other).param("request", Long.toString(id)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.instance").value("/customers/%7Bcustomer%7D/erasure"));
        assertThat(jdbc.queryForObject("select email from shop_customer where customer_number = ?", String.class,
                other)).isEqualTo("bertil@example.invalid");
        mvc.perform(post("/requests/{id}/answer", Long.MAX_VALUE)).andExpect(status().isNotFound());
        mvc.perform(post("/requests/{id}/identity-verified", Long.MAX_VALUE)).andExpect(status().isNotFound());

        mvc.perform(post("/requests/{id}/identity-verified", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identityVerified").value(today.toString()));
        mvc.perform(post("/requests/{id}/extension", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"tilaukset arkistosta\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value(today.plusMonths(3).toString()))
                .andExpect(jsonPath("$.extensionReason").value("tilaukset arkistosta"));
        mvc.perform(post("/requests/{id}/extension", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"vielä lisää\"}"))
                .andExpect(status().isConflict());

        mvc.perform(post("/requests/{id}/answer", id).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getHeader("Subject-Request"))
                        .isEqualTo("/requests/" + id))
                .andExpect(jsonPath("$.subject").value(customer))
                .andExpect(jsonPath("$.erased").isNotEmpty());
        assertThat(jdbc.queryForObject("select email from shop_customer where customer_number = ?", String.class,
                customer)).isNull();
        mvc.perform(get("/requests/{id}", id))
                .andExpect(jsonPath("$.answered").value(today.toString()))
                .andExpect(jsonPath("$.status").value("answered-in-time"));
        mvc.perform(get("/requests/open"))
                .andExpect(jsonPath("$[?(@.id == %d)]".formatted(id)).isEmpty());
        mvc.perform(post("/requests/{id}/answer", id))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("request " + id + " was answered on " + today
                        + "; it is not answered again"));
        assertThat(jdbc.queryForObject("select email from shop_customer where customer_number = ?", String.class,
                other)).isEqualTo("bertil@example.invalid");
        mvc.perform(get("/customers/{c}/requests", other)).andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void theCustomersOwnGetsRecordNoRequestAndAnswerNone() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long open = verifiedRequest(customer, "access");
        StoredRequest earlier = requestStore.receive(SubjectRequest.received(SubjectId.of(customer),
                SubjectRequest.Kind.PORTABILITY, today.minusDays(5)).identityVerified(today.minusDays(5))
                .answered(today.minusDays(2)));
        String mineBefore = body(get("/customers/{c}/requests", customer));
        String openBefore = body(get("/requests/open"));
        assertThat(openBefore).contains("\"id\":" + open + ",");

        // What a browser, its prefetch, a crawler or a probe may fetch: the report, the portable data.
        for (String accept : List.of("text/html", "application/json", "*/*")) {
            mvc.perform(get("/customers/{c}/access-report", customer).header(HttpHeaders.ACCEPT, accept))
                    .andExpect(status().isOk())
                    .andExpect(result -> assertThat(result.getResponse().getHeader("Subject-Request")).isNull())
                    .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                            .contains("aino@example.invalid"));
        }
        mvc.perform(get("/customers/{c}/portable-data", customer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value(customer))
                .andExpect(result -> assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
                        .isEqualTo("no-store"))
                .andExpect(result -> assertThat(result.getResponse().getHeader("Subject-Request")).isNull());
        // The earlier API's GET ?request= answered the request; now it is refused, and answers nothing either.
        mvc.perform(get("/customers/{c}/access-report", customer).param("request", Long.toString(open)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "POST /requests/{id}/answer")));
        mvc.perform(get("/customers/{c}/portable-data", customer).param("request", Long.toString(open)))
                .andExpect(status().isBadRequest());

        assertThat(body(get("/customers/{c}/requests", customer))).isEqualTo(mineBefore);
        assertThat(body(get("/requests/open"))).isEqualTo(openBefore);
        assertThat(requestStore.find(open).orElseThrow().request().answered()).isEmpty();
        assertThat(requestStore.find(earlier.id()).orElseThrow().request().answered()).contains(today.minusDays(2));
        // What a fetch leaves is the processing log's record of the reading, under the requests' own purpose.
        assertThat(log.about(SubjectId.of(customer), 100).entries())
                .filteredOn(e -> e.purpose().equals("subject-requests"))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("privacy-desk"));
    }

    @Test
    void aKeptRequestIsAnsweredByAPostOnceAndKeepsItsFirstAnswerDate() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        order(customer, "1 kg Tumma paahto");
        String other = newCustomer("Bertil Bergström", "bertil@example.invalid", "Hamngatan 9, 65100 Vasa");
        long mine = verifiedRequest(customer, "access");
        long theirs = verifiedRequest(other, "access");

        String html = mvc.perform(post("/requests/{id}/answer", mine).accept(MediaType.TEXT_HTML)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "sv"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith("text/html"))
                .andExpect(result -> assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE))
                        .isEqualTo("sv"))
                .andExpect(result -> assertThat(result.getResponse().getHeader("Subject-Request"))
                        .isEqualTo("/requests/" + mine))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Dina personuppgifter", "Aino Asiakas", "aino@example.invalid", "1 kg Tumma paahto")
                .doesNotContain("Bertil", "bertil@example.invalid", "Vaalea paahto");

        mvc.perform(get("/requests/{id}", mine))
                .andExpect(jsonPath("$.answered").value(today.toString()))
                .andExpect(jsonPath("$.status").value("answered-in-time"));
        mvc.perform(get("/requests/open"))
                .andExpect(jsonPath("$[?(@.id == %d)]".formatted(mine)).isEmpty())
                .andExpect(jsonPath("$[?(@.id == %d)].status".formatted(theirs)).value("open"));
        mvc.perform(get("/requests/{id}", theirs)).andExpect(jsonPath("$.answered").doesNotExist());

        // Again: a problem detail of the API's shape, and the request keeps its one answer date.
        mvc.perform(post("/requests/{id}/answer", mine).accept(MediaType.TEXT_HTML))
                .andExpect(status().isConflict())
                .andExpect(result -> assertThat(result.getResponse().getContentType())
                        .startsWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value("request " + mine + " was answered on " + today
                        + "; it is not answered again"))
                .andExpect(jsonPath("$.instance").value("/requests/%7Bid%7D/answer"));
        StoredRequest answeredEarlier = requestStore.receive(SubjectRequest.received(SubjectId.of(customer),
                SubjectRequest.Kind.ACCESS, today.minusDays(9)).identityVerified(today.minusDays(9))
                .answered(today.minusDays(3)));
        mvc.perform(post("/requests/{id}/answer", answeredEarlier.id()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isConflict());
        assertThat(requestStore.find(answeredEarlier.id()).orElseThrow().request().answered())
                .contains(today.minusDays(3));
    }

    @Test
    void aKeptPortabilityRequestIsAnsweredAsJsonAndTheKindsTheApiDoesNotAnswerStayOpen() throws Exception {
        long portability = verifiedRequest(customer, "portability");
        mvc.perform(post("/requests/{id}/answer", portability).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith("application/json"))
                .andExpect(jsonPath("$.subject").value(customer))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("aino@example.invalid"));
        mvc.perform(get("/requests/{id}", portability)).andExpect(jsonPath("$.status").value("answered-in-time"));

        long rectification = verifiedRequest(customer, "rectification");
        int logged = log.about(SubjectId.of(customer), 100).entries().size();
        mvc.perform(post("/requests/{id}/answer", rectification))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "a request of rectification is not answered through the API")));
        mvc.perform(get("/requests/{id}", rectification)).andExpect(jsonPath("$.status").value("open"));
        assertThat(log.about(SubjectId.of(customer), 100).entries()).as("nothing was read").hasSize(logged);
    }

    @Test
    void everyCurlLineOfTheReadmeRunsInOrder() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md")).stream()
                .filter(line -> line.startsWith("curl ")).toList();
        assertThat(lines).hasSizeGreaterThan(10);
        // The README's /requests/N is the N-th request its lines receive by mail; the store gives the real ids.
        List<Long> received = new ArrayList<>();
        for (String line : lines) {
            MockHttpServletRequestBuilder request = curl(line, received);
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).as(line).isBetween(200, 299);
            if (line.matches(".*/customers/[^/ ]+/requests'?$") && line.contains("-d ")) {
                received.add(((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue());
            }
        }
        assertThat(received).hasSize(2).allSatisfy(id -> assertThat(requestStore.find(id).orElseThrow().request()
                .answered()).isPresent());
    }

    /** The MockMvc request a README line {@code curl [-X M] [-H 'h: v']… [-d 'body'] localhost:8080/path} makes. */
    private static MockHttpServletRequestBuilder curl(String line, List<Long> received) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("'([^']*)'|(\\S+)").matcher(line);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        String method = null;
        String body = null;
        String url = null;
        HttpHeaders headers = new HttpHeaders();
        for (int i = 1; i < words.size(); i++) {
            switch (words.get(i)) {
                case "-X" -> method = words.get(++i);
                case "-H" -> {
                    String[] header = words.get(++i).split(": ", 2);
                    headers.add(header[0], header[1]);
                }
                case "-d" -> body = words.get(++i);
                default -> url = words.get(i);
            }
        }
        assertThat(url).as(line).startsWith("localhost:8080/");
        Matcher id = Pattern.compile("/requests/(\\d+)/").matcher(url);
        String path = url.substring("localhost:8080".length());
        if (id.find()) {
            int n = Integer.parseInt(id.group(1));
            assertThat(received).as(line).hasSizeGreaterThanOrEqualTo(n);
            path = path.replace(id.group(), "/requests/" + received.get(n - 1) + "/");
        }
        // As curl: -d without -X posts.
        String verb = method != null ? method : body != null ? "POST" : "GET";
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(verb), URI.create(path)).headers(headers);
        return body == null ? request : request.content(body);
    }

    @Test
    void everyEntityIsCoveredByTheRegister() {
        PersonalDataCoverage.check(register, factory.getMetamodel()).requireDeclared();
        PersonalDataCoverage.check(register, factory.getMetamodel()).requireTraceable();
    }

    /** A request of the kind received by mail today and its requester verified, by its id. */
    private long verifiedRequest(String number, String kind) throws Exception {
        String created = body(post("/customers/{c}/requests", number).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"%s\"}".formatted(kind)));
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/requests/{id}/identity-verified", id)).andExpect(status().isOk());
        return id;
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString();
    }

    /** Moves the customer's last order and their orders' financial year back to the given time. */
    private void dateBack(String number, Instant at) {
        Timestamp when = Timestamp.from(at);
        jdbc.update("update shop_customer set last_order_at = ? where customer_number = ?", when, number);
        jdbc.update("update shop_delivery_address set last_order_at = ? where customer_number = ?", when, number);
        jdbc.update("update shop_order set placed_at = ?, financial_year_end = ? where customer_number = ?", when,
                java.sql.Date.valueOf(LocalDate.ofInstant(at, ZoneOffset.UTC).withDayOfYear(1).plusYears(1)
                        .minusDays(1)), number);
    }

    private int count(String table, String number) {
        Integer rows = jdbc.queryForObject("select count(*) from " + table + " where customer_number = ?",
                Integer.class, number);
        return rows == null ? 0 : rows;
    }
}
