package fi.rekisteri.examples.springboot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * Where the shop's newsletters go: a real shop hands them to its newsletter service; this one keeps the customer
 * numbers they were sent to, so the tests can see who got one. Never the address: that is personal data.
 */
@Component
class Newsletters {

    private final List<String> sentTo = new CopyOnWriteArrayList<>();

    void send(Customer customer) {
        sentTo.add(customer.customerNumber());
    }

    /** The customer numbers newsletters were sent to, in order. */
    List<String> sentTo() {
        return List.copyOf(sentTo);
    }
}
