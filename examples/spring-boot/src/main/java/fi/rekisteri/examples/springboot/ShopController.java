package fi.rekisteri.examples.springboot;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shop's JSON API: customers, orders, consents and the newsletter. */
@RestController
@RequestMapping("/customers")
class ShopController {

    private final ShopService shop;

    ShopController(ShopService shop) {
        this.shop = shop;
    }

    /** A new customer. */
    record NewCustomer(String customerNumber, String name, String email, String address) {}

    /** A new order. */
    record NewOrder(String items, long totalCents) {}

    /** An order as the API shows it. */
    record OrderView(String orderNumber, String items, long totalCents, String placedAt) {
        static OrderView of(ShopOrder order) {
            return new OrderView(order.orderNumber(), order.items(), order.totalCents(), order.placedAt().toString());
        }
    }

    /** A consent: which version of the purpose's consent text the customer agreed to. */
    record ConsentGiven(String textVersion) {}

    /** What the customer has consented to, after a change. */
    record Consents(List<String> liveConsents) {}

    @PostMapping
    ResponseEntity<Void> register(@RequestBody NewCustomer customer) {
        String number = shop.register(customer.customerNumber(), customer.name(), customer.email(),
                customer.address());
        return ResponseEntity.created(URI.create("/customers/" + number)).build();
    }

    @PostMapping("/{customer}/orders")
    OrderView order(@PathVariable("customer") String customer, @RequestBody NewOrder order) {
        return OrderView.of(shop.order(customer, order.items(), order.totalCents()));
    }

    @GetMapping("/{customer}/orders")
    List<OrderView> orders(@PathVariable("customer") String customer) {
        return shop.orders(customer).stream().map(OrderView::of).toList();
    }

    @PutMapping("/{customer}/consents/{purpose}")
    Consents giveConsent(@PathVariable("customer") String customer, @PathVariable("purpose") String purpose,
            @RequestBody ConsentGiven consent) {
        return consents(shop.giveConsent(customer, purpose, consent.textVersion()));
    }

    @DeleteMapping("/{customer}/consents/{purpose}")
    Consents withdrawConsent(@PathVariable("customer") String customer, @PathVariable("purpose") String purpose) {
        return consents(shop.withdrawConsent(customer, purpose));
    }

    @PostMapping("/{customer}/newsletter")
    ResponseEntity<Void> sendNewsletter(@PathVariable("customer") String customer) {
        shop.sendNewsletter(customer);
        return ResponseEntity.accepted().build();
    }

    private static Consents consents(fi.rekisteri.core.policy.SubjectState state) {
        return new Consents(state.consents().keySet().stream().filter(state::hasLiveConsent).sorted().toList());
    }
}
