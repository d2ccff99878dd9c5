package dev.statuslab.ui.mainwindow;

import dev.statuslab.core.django.DjangoVersion;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.workbench.CookieJar;
import dev.statuslab.ui.common.StatusMessages;
import dev.statuslab.ui.history.HistoryViewModel;
import dev.statuslab.ui.response.ResponseViewModel;
import java.net.URI;
import java.util.Map;

/**
 * Where the answer to the request in flight goes: into the history, tagged with the simulator and
 * the Django version it was sent to; into the tab it was sent from (shown when that tab is the
 * current one); its cookies into the jar when the request used the jar.
 */
final class Answers implements InFlight.Outcome {

    private final HistoryViewModel history;
    private final ResponseViewModel response;
    private final TabsViewModel tabs;
    private final SimulatorStatus simulator;
    private final CookieJar jar;
    private final StatusMessages messages;

    /** Where, as which Django, from which tab and with or without the jar the request in flight went. */
    private URI sentTo;

    private DjangoVersion sentAs;
    private String sentFrom;
    private boolean sentWithJar;
    private Map<String, String> sentSecrets = Map.of();

    Answers(
            HistoryViewModel history,
            ResponseViewModel response,
            TabsViewModel tabs,
            SimulatorStatus simulator,
            CookieJar jar,
            StatusMessages messages) {
        this.history = history;
        this.response = response;
        this.tabs = tabs;
        this.simulator = simulator;
        this.jar = jar;
        this.messages = messages;
    }

    /** A request of the current tab goes out now, made with the values of these secret variables (by name). */
    void sending(Map<String, String> secrets) {
        sentSecrets = secrets;
        sentAs = simulator.django().current();
        sentTo = simulator.base();
        sentFrom = tabs.current().id();
        sentWithJar = tabs.current().draft().useCookies();
    }

    @Override
    public void waiting(HttpRequest request) {
        response.showSending(request);
    }

    @Override
    public void arrived(Exchange exchange) {
        Exchange tagged = simulator.tag(DjangoChoice.tag(exchange, sentTo, sentAs));
        if (sentWithJar && !exchange.failed()) {
            jar.receive(exchange);
        }
        history.add(tagged, sentSecrets); // an export writes {{name}} for each
        tabs.answered(sentFrom, tagged);
        if (sentFrom.equals(tabs.current().id())) {
            history.select(tagged); // the selection listener shows it in the response and explanation panes
        }
    }

    @Override
    public void failed(String message) {
        response.clear();
        messages.say(message);
    }
}
