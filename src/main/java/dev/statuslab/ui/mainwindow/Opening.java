package dev.statuslab.ui.mainwindow;

import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.Redirects;
import dev.statuslab.core.http.Resend;
import dev.statuslab.core.scenario.ReadyRequest;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.workbench.RequestDraft;
import dev.statuslab.core.workbench.SimulatorAddress;
import dev.statuslab.ui.catalogue.CatalogueViewModel;
import dev.statuslab.ui.collections.CollectionsViewModel;
import dev.statuslab.ui.common.StatusMessages;
import java.net.URI;
import java.util.Optional;

/**
 * Where a request to work on comes from, and the tab it opens in: a scenario's ready request, a
 * saved request, an earlier exchange (edit and resend, to its host or to the simulator), a
 * redirect's next hop. Each opens in the current tab while it is unchanged, else in a new one, so
 * a draft is never replaced without a word.
 */
final class Opening {

    private final TabsViewModel tabs;
    private final CatalogueViewModel catalogue;
    private final SimulatorStatus simulator;
    private final StatusMessages messages;

    Opening(TabsViewModel tabs, CatalogueViewModel catalogue, SimulatorStatus simulator, StatusMessages messages) {
        this.tabs = tabs;
        this.catalogue = catalogue;
        this.simulator = simulator;
        this.messages = messages;
    }

    void ready(ReadyRequest ready) {
        if (ready != null && simulator.base() != null) {
            var scenario = catalogue.selectedScenarioProperty().get();
            String origin = scenario == null
                    ? null
                    : "scenario:" + scenario.id() + "#" + scenario.requests().indexOf(ready);
            if (tabs.open(ready.label(), origin, RequestDraft.of(ready))) {
                messages.say("Opened " + ready.label() + " in a new tab: your draft stays in its own");
            }
        }
    }

    void saved(CollectionsViewModel.Opened saved) {
        boolean fresh = tabs.open(saved.title(), saved.origin(), saved.draft());
        messages.say("Opened \"" + saved.title() + "\"" + (fresh ? " in a new tab: your draft stays in its own" : ""));
    }

    void again(Exchange exchange) {
        if (exchange != null) {
            request(SimulatorAddress.editable(
                    Resend.again(simulator.onThisSimulator(exchange).request())));
        }
    }

    void againOnSimulator(Exchange exchange) {
        URI base = simulator.base();
        if (exchange == null) {
            return;
        }
        if (base == null) {
            messages.say("The simulator is not running yet");
            return;
        }
        request(Resend.onto(exchange.request(), base));
    }

    /** Opens a redirect's next hop; false when the exchange is no redirect with a Location. */
    boolean nextHop(Exchange exchange) {
        if (exchange == null) {
            return false;
        }
        Exchange here = simulator.onThisSimulator(exchange);
        Optional<HttpRequest> next =
                Redirects.nextHop(here.request(), here.response()).map(SimulatorAddress::editable);
        if (next.isEmpty()) {
            messages.say("That response is not a redirect with a Location");
            return false;
        }
        request(next.get());
        return true;
    }

    private void request(HttpRequest request) {
        String title = request.method() + " " + request.url().replaceFirst("^[a-zA-Z]+://[^/?#]*", "");
        boolean fresh = tabs.open(title, request, null);
        messages.say("Loaded " + request.method() + " " + request.url()
                + (fresh ? " into a new tab: your draft stays in its own" : " into the composer"));
    }
}
