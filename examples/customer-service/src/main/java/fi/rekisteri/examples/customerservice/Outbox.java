package fi.rekisteri.examples.customerservice;

import java.util.ArrayList;
import java.util.List;

/** Where the app's e-mail goes: kept in memory instead of sent, so that the example needs no mail server. */
final class Outbox {

    /** One e-mail: the address and the subject line. */
    record Message(String to, String subject) {}

    private final List<Message> sent = new ArrayList<>();

    void send(String to, String subject) {
        sent.add(new Message(to, subject));
    }

    List<Message> sent() {
        return List.copyOf(sent);
    }
}
