package fi.rekisteri.examples.springboot;

import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectState;
import fi.rekisteri.jpa.SubjectStateStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The shop's operations, each for the purpose the register names: customers and orders for {@code orders}, the
 * newsletter for {@code newsletter} (consent), the order history for {@code customer-service}.
 */
@Service
class ShopService {

    private final Processing processing;
    private final SubjectStateStore states;
    private final Newsletters newsletters;
    private final Clock clock;

    ShopService(Processing processing, SubjectStateStore states, Newsletters newsletters, Clock clock) {
        this.processing = processing;
        this.states = states;
        this.newsletters = newsletters;
        this.clock = clock;
    }

    /** Takes on a customer placing a first order. */
    String register(String customerNumber, String name, String email, String address) {
        return processing.call(customerNumber, "orders", "web-shop", em -> {
            // The customer is taken on placing a first order: the retention of the contact details starts now.
            Instant now = clock.instant();
            em.persist(new Customer(customerNumber, name, email, now));
            em.persist(new DeliveryAddress(customerNumber, address, now));
            return customerNumber;
        });
    }

    /** Places an order; the customer must exist. */
    ShopOrder order(String customerNumber, String items, long totalCents) {
        return processing.call(customerNumber, "orders", "web-shop", em -> {
            Customer customer = em.find(Customer.class, customerNumber);
            DeliveryAddress address = em.find(DeliveryAddress.class, customerNumber);
            if (customer == null || address == null) {
                throw new NoSuchCustomerException(customerNumber);
            }
            Instant now = clock.instant();
            customer.ordered(now);
            address.ordered(now);
            ShopOrder order = new ShopOrder("O-" + UUID.randomUUID(), customerNumber, items, totalCents, now);
            em.persist(order);
            return order;
        });
    }

    /** The customer's orders, for customer service. */
    List<ShopOrder> orders(String customerNumber) {
        return processing.call(customerNumber, "customer-service", "customer-service", em -> em
                .createQuery("select o from ShopOrder o where o.customerNumber = :customer order by o.placedAt",
                        ShopOrder.class)
                .setParameter("customer", customerNumber)
                .getResultList());
    }

    /** Records the customer's consent to the purpose, to the given version of its text. */
    SubjectState giveConsent(String customerNumber, String purpose, String textVersion) {
        return states.giveConsent(SubjectId.of(customerNumber), purpose, clock.instant(), textVersion);
    }

    /** Records the withdrawal of the customer's consent to the purpose. */
    SubjectState withdrawConsent(String customerNumber, String purpose) {
        return states.withdrawConsent(SubjectId.of(customerNumber), purpose, clock.instant());
    }

    /**
     * Sends the newsletter to the customer.
     *
     * @throws fi.rekisteri.core.policy.PurposeViolationException if the customer has not consented, or withdrew
     */
    void sendNewsletter(String customerNumber) {
        processing.call(customerNumber, "newsletter", "newsletter", em -> {
            Customer customer = em.find(Customer.class, customerNumber);
            if (customer == null) {
                throw new NoSuchCustomerException(customerNumber);
            }
            newsletters.send(customer);
            return customer;
        });
    }
}
