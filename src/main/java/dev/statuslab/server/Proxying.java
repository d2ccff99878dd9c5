package dev.statuslab.server;

import dev.statuslab.server.site.SiteRequest;
import dev.statuslab.server.site.SiteResponse;

/** Where requests no mock answers go (null: the simulated site), and what records the answers (null: nothing). */
record Proxying(ProxyTarget target, ProxyRecorder recorder) {

    static final Proxying NONE = new Proxying(null, null);

    Proxying {
        if (target == null && recorder != null) {
            throw new IllegalArgumentException("only a proxy's answers can be recorded");
        }
    }

    boolean on() {
        return target != null;
    }

    /** The backend's answer, returned as it is; recorded on the side when recording. */
    SiteResponse forward(SiteRequest request, long maxBodyBytes) {
        SiteResponse response = target.forward(request, maxBodyBytes, recorder != null);
        if (recorder != null && !ProxyTarget.isFailure(response)) {
            recorder.record(request, response);
        }
        return response;
    }
}
